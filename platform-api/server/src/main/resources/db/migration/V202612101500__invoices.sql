-- Invoices (factures) of paid orders (issue 10, DESIGN 3.6; docs/domain-rules.md, "Invoices"). An invoice is a
-- snapshot: what it printed the day it was issued (seller, buyer, lines, amounts, payments), never recomputed from the
-- order, the offers or the profile afterwards. It names its order by id and number only: no foreign key to the order
-- tables, which live beside it.

-- The last number given in each calendar year (Paris time). InvoiceNumbers locks the year's row (FOR UPDATE) in the
-- paying transaction and writes the next number back: a transaction that rolls back gives its number back, and two
-- transactions never take the same one.
CREATE TABLE invoice_counter (
    invoice_year SMALLINT     NOT NULL,
    last_number  BIGINT       NOT NULL,
    PRIMARY KEY (invoice_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One invoice per order, whatever happens (order_id unique). Addresses are kept as their printed lines, separated by
-- line feeds; buyer_address is NULL when the employee had none. shipping_cents is NULL when nothing was posted, 0 when
-- shipping was free.
CREATE TABLE invoice (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    number           VARCHAR(20)  NOT NULL,
    invoice_year     SMALLINT     NOT NULL,
    sequence_number  BIGINT       NOT NULL,
    order_id         BIGINT       NOT NULL,
    order_number     VARCHAR(40)  NOT NULL,
    ordered_on       DATE         NOT NULL,
    employee_id      BIGINT       NOT NULL,
    employer_id      BIGINT       NOT NULL,
    issued_at        TIMESTAMP(6) NOT NULL,
    issued_on        DATE         NOT NULL,
    seller_name      VARCHAR(200) NOT NULL,
    seller_address   VARCHAR(500) NOT NULL,
    seller_siret     CHAR(14)     NOT NULL,
    seller_vat       VARCHAR(20)  NOT NULL,
    buyer_name       VARCHAR(201) NOT NULL,
    buyer_employer   VARCHAR(200) NOT NULL,
    buyer_address    VARCHAR(500) NULL,
    shipping_cents   BIGINT       NULL,
    total_cents      BIGINT       NOT NULL,
    card_brand       VARCHAR(16)  NULL,
    card_last_four   CHAR(4)      NULL,
    card_cents       BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_invoice_number UNIQUE (number),
    CONSTRAINT uk_invoice_year_sequence UNIQUE (invoice_year, sequence_number),
    CONSTRAINT uk_invoice_order UNIQUE (order_id),
    INDEX ix_invoice_employee (employee_id),
    INDEX ix_invoice_employer (employer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The invoice's lines, in the order's order.
CREATE TABLE invoice_line (
    invoice_id       BIGINT       NOT NULL,
    line_no          INT          NOT NULL,
    title            VARCHAR(200) NOT NULL,
    quantity         INT          NOT NULL,
    unit_price_cents BIGINT       NOT NULL,
    discount_cents   BIGINT       NOT NULL,
    PRIMARY KEY (invoice_id, line_no),
    CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each kind of allowance paid (SUBSIDY, CULTURE_CHEQUE, GIFT_CHEQUE), only the kinds that paid something.
CREATE TABLE invoice_allowance (
    invoice_id    BIGINT       NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    amount_cents  BIGINT       NOT NULL,
    PRIMARY KEY (invoice_id, kind),
    CONSTRAINT fk_invoice_allowance_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
