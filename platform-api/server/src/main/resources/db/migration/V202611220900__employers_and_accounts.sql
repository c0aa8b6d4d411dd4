-- Employers and the people who sign in. Issue "identity and access" extends these tables.
CREATE TABLE employer (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_employer_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- employer_id is NULL for platform staff (SUPPORT_AGENT, PLATFORM_ADMIN), set for EMPLOYEE and HR_MANAGER.
CREATE TABLE user_account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    employer_id    BIGINT       NULL,
    email          VARCHAR(254) NOT NULL,
    password_hash  VARCHAR(200) NULL,
    role           VARCHAR(32)  NOT NULL,
    first_name     VARCHAR(100) NOT NULL,
    last_name      VARCHAR(100) NOT NULL,
    status         VARCHAR(32)  NOT NULL,
    language       VARCHAR(8)   NOT NULL DEFAULT 'fr',
    created_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_email UNIQUE (email),
    CONSTRAINT fk_user_account_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    INDEX ix_user_account_employer (employer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
