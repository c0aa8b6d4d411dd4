-- The catalogue (issue 10, part 2): offers that platform admins run, their stock (a count, or e-ticket codes uploaded
-- as CSV), the employers an offer may be restricted to, and the shipping settings.

-- An offer. title and description use utf8mb4_unicode_ci (the schema's default), which compares letters without
-- their accents or case: the employee's search "theatre" matches "Théâtre" in SQL, in MySQL 8.4 and MariaDB alike.
-- stock_kind COUNT: stock_count is what is left; CODES: what is left is the count of codes not yet issued.
CREATE TABLE offer (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    title                  VARCHAR(120)  NOT NULL,
    description            VARCHAR(2000) NOT NULL,
    category               VARCHAR(32)   NOT NULL,
    delivery               VARCHAR(32)   NOT NULL,
    public_price_cents     BIGINT        NOT NULL,
    employee_price_cents   BIGINT        NOT NULL,
    conditions             VARCHAR(2000) NOT NULL,
    validity               VARCHAR(200)  NOT NULL,
    max_per_order          INT           NOT NULL,
    published              BOOLEAN       NOT NULL,
    restricted             BOOLEAN       NOT NULL,
    stock_kind             VARCHAR(16)   NOT NULL,
    stock_count            INT           NOT NULL,
    created_by             BIGINT        NOT NULL,
    created_at             TIMESTAMP(6)  NOT NULL,
    updated_at             TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_offer_published (published, category, employee_price_cents)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When an offer is restricted, the employers whose employees see it; none others do.
CREATE TABLE offer_employer (
    offer_id     BIGINT NOT NULL,
    employer_id  BIGINT NOT NULL,
    PRIMARY KEY (offer_id, employer_id),
    CONSTRAINT fk_offer_employer_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT fk_offer_employer_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    INDEX ix_offer_employer_employer (employer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- E-ticket codes: bearer secrets. Compared byte for byte (utf8mb4_bin: "ab1" and "AB1" are two codes), stored once
-- per offer, issued at most once (issued_at set by the order that takes it). No admin list returns them.
CREATE TABLE offer_stock_code (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    offer_id    BIGINT       NOT NULL,
    code        VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    issued      BOOLEAN      NOT NULL,
    issued_at   TIMESTAMP(6) NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_offer_stock_code UNIQUE (offer_id, code),
    CONSTRAINT fk_offer_stock_code_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    INDEX ix_offer_stock_code_available (offer_id, issued)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The platform's shipping settings, one row (id 1) once an admin sets them; ShippingSettings.DEFAULTS until then.
CREATE TABLE shipping_settings (
    id               INT          NOT NULL,
    fee_cents        BIGINT       NOT NULL,
    free_from_cents  BIGINT       NOT NULL,
    updated_by       BIGINT       NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
