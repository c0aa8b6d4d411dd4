-- Advantage codes ("codes avantage", DESIGN 3.5) that platform admins create and disable. code is stored as
-- AdvantageCode.normalise writes it (capitals, no spaces) and is unique. benefit PERCENT_OFF (percent),
-- AMOUNT_OFF (amount_cents) or FREE_SHIPPING. categories: comma-separated codes, '' for any category.
CREATE TABLE advantage_code (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    code                VARCHAR(20)  NOT NULL,
    benefit             VARCHAR(16)  NOT NULL,
    percent             INT          NULL,
    amount_cents        BIGINT       NULL,
    categories          VARCHAR(500) NOT NULL,
    minimum_cents       BIGINT       NOT NULL,
    valid_from          DATE         NULL,
    expires             DATE         NULL,
    total_limit         INT          NULL,
    per_employee_limit  INT          NULL,
    employer_id         BIGINT       NULL,
    disabled            BOOLEAN      NOT NULL,
    created_by          BIGINT       NOT NULL,
    created_at          TIMESTAMP(6) NOT NULL,
    disabled_at         TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_advantage_code UNIQUE (code),
    CONSTRAINT fk_advantage_code_employer FOREIGN KEY (employer_id) REFERENCES employer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
