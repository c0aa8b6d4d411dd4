-- Security of what exists (issue 8): sign-in slowed per e-mail address typed, whether or not an account has it, and
-- e-mails to one account limited per hour.

-- Failed sign-ins per e-mail address typed (domain: SignInThrottle). Two kinds of rows per address typed: one per
-- client address (client_key = SHA-256 of the client's address, or of its /64 for IPv6), and one for every client
-- address together (client_key = '*'). The e-mail address is kept only as the SHA-256 of its normalised form
-- (trimmed, lower case), so that the table lists no address that someone typed; to find a person's rows:
-- WHERE email_hash = SHA2('camille.martin@example.org', 256).
-- A sign-in locks the '*' row, then its client row (INSERT ... ON DUPLICATE KEY UPDATE creates them on first use),
-- so that concurrent attempts on one e-mail address take turns and all count. Rows that hold nothing any more are
-- deleted every hour (SignInThrottles#forgetIdle).
CREATE TABLE sign_in_throttle (
    email_hash            CHAR(64)     NOT NULL,
    client_key            VARCHAR(64)  NOT NULL,
    consecutive_failures  INT          NOT NULL,
    locked_until          TIMESTAMP(6) NULL,
    last_failure_at       TIMESTAMP(6) NULL,
    last_success_at       TIMESTAMP(6) NULL,
    updated_at            TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (email_hash, client_key),
    INDEX ix_sign_in_throttle_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The per-account record now only slows down password checks of signed-in people (e-mail change, account deletion);
-- its failures are forgotten after a day without any, which needs the time of the last one.
ALTER TABLE sign_in_lockout ADD COLUMN last_failure_at TIMESTAMP(6) NULL AFTER locked_until;
UPDATE sign_in_lockout SET last_failure_at = updated_at WHERE consecutive_failures > 0;

-- When e-mails of a limited kind (PASSWORD_RESET, INVITATION_RESENT) went to an account (domain: EmailSendingLimit).
-- Rows older than the window are deleted as new ones are written.
CREATE TABLE account_email_sent (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    user_account_id  BIGINT       NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    sent_at          TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_account_email_sent_account FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    INDEX ix_account_email_sent_account (user_account_id, kind, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
