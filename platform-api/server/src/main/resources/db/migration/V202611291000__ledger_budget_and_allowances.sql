-- Allowances (issue 4): the double-entry ledger, the employer budget's top-ups, campaigns and their grants, and the
-- expiry reminders. The ledger is append-only: movements and entries are only ever inserted.

-- One account per pot of money. Each employer has one EXTERNAL_FUNDING account (the money that came in from outside,
-- negative: it mirrors what is inside), one EMPLOYER_BUDGET, and one GRANT account per grant (ORDER accounts later).
-- owner_id names what the account belongs to: 0 for the employer's own accounts, the grant id for a GRANT account.
-- balance_cents is kept beside the entries, updated in the transaction that inserts them (rows locked FOR UPDATE in
-- id order); the consistency check compares it with the sum of the entries.
CREATE TABLE ledger_account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    employer_id    BIGINT       NOT NULL,
    type           VARCHAR(32)  NOT NULL,
    owner_id       BIGINT       NOT NULL,
    balance_cents  BIGINT       NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ledger_account_owner UNIQUE (employer_id, type, owner_id),
    CONSTRAINT fk_ledger_account_employer FOREIGN KEY (employer_id) REFERENCES employer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One movement of money: TOP_UP, DISTRIBUTION, REVOCATION, EXPIRY (later SPEND, REFUND...). Its entries sum to zero.
CREATE TABLE ledger_movement (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    employer_id  BIGINT       NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    campaign_id  BIGINT       NULL,
    label        VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    created_by   BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ledger_movement_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    INDEX ix_ledger_movement_campaign (campaign_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ledger_entry (
    id            BIGINT NOT NULL AUTO_INCREMENT,
    movement_id   BIGINT NOT NULL,
    account_id    BIGINT NOT NULL,
    amount_cents  BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ledger_entry_movement FOREIGN KEY (movement_id) REFERENCES ledger_movement (id),
    CONSTRAINT fk_ledger_entry_account FOREIGN KEY (account_id) REFERENCES ledger_account (id),
    INDEX ix_ledger_entry_account (account_id, movement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bank transfers HR records to fund the budget: PENDING until a platform admin confirms (a TOP_UP movement) or
-- rejects them.
CREATE TABLE budget_top_up (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    employer_id     BIGINT       NOT NULL,
    amount_cents    BIGINT       NOT NULL,
    bank_reference  VARCHAR(80)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    requested_by    BIGINT       NOT NULL,
    requested_at    TIMESTAMP(6) NOT NULL,
    decided_by      BIGINT       NULL,
    decided_at      TIMESTAMP(6) NULL,
    movement_id     BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_budget_top_up_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    INDEX ix_budget_top_up_employer (employer_id, id),
    INDEX ix_budget_top_up_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A confirmed campaign. categories: comma-separated codes, or '*' for any.
CREATE TABLE allowance_campaign (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    employer_id        BIGINT       NOT NULL,
    kind               VARCHAR(32)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    amount_cents       BIGINT       NOT NULL,
    per_child          BOOLEAN      NOT NULL,
    valid_from         DATE         NOT NULL,
    valid_to           DATE         NOT NULL,
    categories         VARCHAR(500) NOT NULL,
    max_share_percent  INT          NULL,
    urssaf_event       VARCHAR(32)  NULL,
    target             VARCHAR(16)  NOT NULL,
    target_value       VARCHAR(100) NULL,
    created_by         BIGINT       NOT NULL,
    created_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_allowance_campaign_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    INDEX ix_allowance_campaign_employer (employer_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One allowance given to one employee by a campaign; its balance is its ledger account's (owner_id = id).
-- status: ACTIVE, EXPIRED or REVOKED; ended_at when it stopped being active.
CREATE TABLE allowance_grant (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    employer_id   BIGINT       NOT NULL,
    campaign_id   BIGINT       NOT NULL,
    employee_id   BIGINT       NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    amount_cents  BIGINT       NOT NULL,
    valid_from    DATE         NOT NULL,
    expires_on    DATE         NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    granted_at    TIMESTAMP(6) NOT NULL,
    ended_at      TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_allowance_grant_campaign_employee UNIQUE (campaign_id, employee_id),
    CONSTRAINT fk_allowance_grant_campaign FOREIGN KEY (campaign_id) REFERENCES allowance_campaign (id),
    CONSTRAINT fk_allowance_grant_employee FOREIGN KEY (employee_id) REFERENCES user_account (id),
    INDEX ix_allowance_grant_employee (employee_id, kind, valid_from),
    INDEX ix_allowance_grant_status (status, expires_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- For per-child grants (children's URSSAF events), the children each grant covers and the amount for each: URSSAF
-- judges those events per child. A child is named by birth date and first name, not by employee_child.id, which
-- changes when HR edits the profile.
CREATE TABLE grant_beneficiary (
    grant_id          BIGINT       NOT NULL,
    child_birth_date  DATE         NOT NULL,
    child_first_name  VARCHAR(100) NOT NULL,
    amount_cents      BIGINT       NOT NULL,
    PRIMARY KEY (grant_id, child_birth_date, child_first_name),
    CONSTRAINT fk_grant_beneficiary_grant FOREIGN KEY (grant_id) REFERENCES allowance_grant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The expiry reminders sent, each once per grant: inserted in the transaction that writes the e-mail to the outbox.
CREATE TABLE grant_reminder (
    grant_id     BIGINT       NOT NULL,
    days_before  INT          NOT NULL,
    sent_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (grant_id, days_before),
    CONSTRAINT fk_grant_reminder_grant FOREIGN KEY (grant_id) REFERENCES allowance_grant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
