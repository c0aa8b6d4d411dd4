-- Identity and access (issue 3): sessions, single-use links and the lockout after wrong passwords.
-- Tokens are never stored in clear: only their SHA-256, in hexadecimal.

-- One row per refresh token. A sign-in opens a family; each refresh revokes the token it spends (ROTATED) and adds
-- the next one to the family. Spending a revoked token again means it was stolen: the whole family is revoked.
CREATE TABLE refresh_token (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    token_hash       CHAR(64)     NOT NULL,
    family_id        CHAR(36)     NOT NULL,
    user_account_id  BIGINT       NOT NULL,
    issued_at        TIMESTAMP(6) NOT NULL,
    expires_at       TIMESTAMP(6) NOT NULL,
    revoked_at       TIMESTAMP(6) NULL,
    revoked_reason   VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_refresh_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_token_account FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    INDEX ix_refresh_token_family (family_id),
    INDEX ix_refresh_token_account (user_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Single-use links sent by e-mail: INVITATION (7 days, activates the account) and PASSWORD_RESET (1 hour).
-- Sending a new link of the same purpose deletes the unused older ones.
CREATE TABLE account_token (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    purpose          VARCHAR(32)  NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    user_account_id  BIGINT       NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    expires_at       TIMESTAMP(6) NOT NULL,
    used_at          TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    INDEX ix_account_token_account (user_account_id, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Wrong passwords in a row per account, and the end of the current or last lock (domain: SignInLockout).
CREATE TABLE sign_in_lockout (
    user_account_id       BIGINT       NOT NULL,
    consecutive_failures  INT          NOT NULL,
    locked_until          TIMESTAMP(6) NULL,
    updated_at            TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (user_account_id),
    CONSTRAINT fk_sign_in_lockout_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
