-- Employee profiles created by HR (issue 3). One profile per EMPLOYEE account; the account holds the name, the
-- sign-in e-mail and the status, the profile what HR knows of the person at work.
CREATE TABLE employee_profile (
    user_account_id      BIGINT       NOT NULL,
    employer_id          BIGINT       NOT NULL,
    employee_number      VARCHAR(50)  NOT NULL,
    work_email           VARCHAR(254) NOT NULL,
    department           VARCHAR(100) NULL,
    site                 VARCHAR(100) NULL,
    address_line1        VARCHAR(200) NULL,
    address_line2        VARCHAR(200) NULL,
    address_postal_code  VARCHAR(10)  NULL,
    address_city         VARCHAR(100) NULL,
    updated_at           TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (user_account_id),
    CONSTRAINT uk_employee_profile_number UNIQUE (employer_id, employee_number),
    CONSTRAINT fk_employee_profile_account FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT fk_employee_profile_employer FOREIGN KEY (employer_id) REFERENCES employer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Children, for the children's URSSAF events (DESIGN 3.9).
CREATE TABLE employee_child (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    user_account_id  BIGINT       NOT NULL,
    first_name       VARCHAR(100) NOT NULL,
    birth_date       DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_employee_child_profile FOREIGN KEY (user_account_id) REFERENCES employee_profile (user_account_id),
    INDEX ix_employee_child_profile (user_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who did what and when, for HR and staff actions. Never holds passwords or tokens.
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at  TIMESTAMP(6)  NOT NULL,
    actor_id     BIGINT        NULL,
    employer_id  BIGINT        NULL,
    action       VARCHAR(64)   NOT NULL,
    target       VARCHAR(200)  NULL,
    details      VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_entry_employer (employer_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
