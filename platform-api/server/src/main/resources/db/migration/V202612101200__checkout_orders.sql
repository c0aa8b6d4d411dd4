-- Checkout and orders (issue 10, parts 5 and 6; DESIGN 3.5 and 3.6; ADR 0012 and 0013): the employee's orders with
-- their lines and what each grant and the card paid of each, the payment attempts of each order, and the idempotency
-- records of checkout requests.

-- An order. status: PENDING_PAYMENT (holds placed, the card remainder awaited), PAID, REFUSED (the card failed three
-- times, or the gateway could not be reached: holds released), EXPIRED (holds released after hold_expires_at).
-- number is the readable number (OrderNumber, CMD-2026-000123), set from the id right after the insert.
-- Amounts in cents: gross (lines before discount), discount, shipping_fee, total (what allowances and the card pay
-- together), allowances, card (the card's part, the shipping fee's card part included), shipping_card (the card's part
-- of the shipping fee). ledger_account_id: the ORDER ledger account holding the grants' parts.
-- The postal address is a snapshot, present exactly when a line is posted. Of the card: the gateway's token, the
-- brand and the last four digits only (DESIGN 3.5), once authorised. captured_at: when the card remainder was captured
-- (a paid order with a card part and none yet is retried by ReleaseExpiredHolds).
CREATE TABLE customer_order (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    number               VARCHAR(32)   NULL,
    employer_id          BIGINT        NOT NULL,
    employee_id          BIGINT        NOT NULL,
    status               VARCHAR(24)   NOT NULL,
    gross_cents          BIGINT        NOT NULL,
    discount_cents       BIGINT        NOT NULL,
    shipping_fee_cents   BIGINT        NOT NULL,
    total_cents          BIGINT        NOT NULL,
    allowances_cents     BIGINT        NOT NULL,
    card_cents           BIGINT        NOT NULL,
    shipping_card_cents  BIGINT        NOT NULL,
    advantage_code_id    BIGINT        NULL,
    delivery_email       VARCHAR(254)  NOT NULL,
    postal_line1         VARCHAR(200)  NULL,
    postal_line2         VARCHAR(200)  NULL,
    postal_code          VARCHAR(10)   NULL,
    postal_city          VARCHAR(100)  NULL,
    postal_country       CHAR(2)       NULL,
    ship_by              DATE          NULL,
    ledger_account_id    BIGINT        NULL,
    hold_expires_at      TIMESTAMP(6)  NOT NULL,
    created_at           TIMESTAMP(6)  NOT NULL,
    paid_at              TIMESTAMP(6)  NULL,
    ended_at             TIMESTAMP(6)  NULL,
    end_code             VARCHAR(64)   NULL,
    captured_at          TIMESTAMP(6)  NULL,
    card_token           VARCHAR(100)  NULL,
    card_brand           VARCHAR(16)   NULL,
    card_last4           CHAR(4)       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_customer_order_number UNIQUE (number),
    CONSTRAINT fk_customer_order_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_customer_order_employee FOREIGN KEY (employee_id) REFERENCES user_account (id),
    CONSTRAINT fk_customer_order_code FOREIGN KEY (advantage_code_id) REFERENCES advantage_code (id),
    INDEX ix_customer_order_employee (employee_id, id),
    INDEX ix_customer_order_pending (status, hold_expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line of an order, with a snapshot of the offer as bought. stock_kind: how its stock was held (COUNT: the
-- offer's stock_held; CODES: offer_stock_code rows held_by_order). state: the line's fulfilment state (LineState).
-- card_cents: the card's part of the line; the grants' parts are in order_payment_part.
CREATE TABLE order_line (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    order_id          BIGINT        NOT NULL,
    position          INT           NOT NULL,
    offer_id          BIGINT        NOT NULL,
    title             VARCHAR(120)  NOT NULL,
    category          VARCHAR(32)   NOT NULL,
    delivery          VARCHAR(32)   NOT NULL,
    stock_kind        VARCHAR(16)   NOT NULL,
    quantity          INT           NOT NULL,
    unit_price_cents  BIGINT        NOT NULL,
    gross_cents       BIGINT        NOT NULL,
    discount_cents    BIGINT        NOT NULL,
    net_cents         BIGINT        NOT NULL,
    card_cents        BIGINT        NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_order_line_position UNIQUE (order_id, position),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT fk_order_line_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What one grant paid of one line (order_line_id) or of the shipping fee (order_line_id NULL), as allocation decided
-- at checkout: refunds give back exactly these parts. kind and campaign_name are snapshots for the order page.
CREATE TABLE order_payment_part (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    order_id       BIGINT        NOT NULL,
    order_line_id  BIGINT        NULL,
    grant_id       BIGINT        NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    campaign_name  VARCHAR(200)  NOT NULL,
    amount_cents   BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_order_payment_part_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT fk_order_payment_part_line FOREIGN KEY (order_line_id) REFERENCES order_line (id),
    CONSTRAINT fk_order_payment_part_grant FOREIGN KEY (grant_id) REFERENCES allowance_grant (id),
    INDEX ix_order_payment_part_order (order_id, order_line_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One card payment attempt of an order: a payment intent at the gateway (CardPayments). outcome: STARTED (the
-- employee is at the hosted page), AUTHORISED, FAILED (decline_reason: a DeclineReason name), CANCELLED (by the
-- platform: the order expired or was refused). A cancelled attempt is no failure (PaymentAttempts).
CREATE TABLE payment_attempt (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    order_id        BIGINT        NOT NULL,
    intent_id       VARCHAR(100)  NOT NULL,
    amount_cents    BIGINT        NOT NULL,
    hosted_page     VARCHAR(1000) NOT NULL,
    outcome         VARCHAR(16)   NOT NULL,
    decline_reason  VARCHAR(48)   NULL,
    started_at      TIMESTAMP(6)  NOT NULL,
    settled_at      TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_payment_attempt_intent UNIQUE (intent_id),
    CONSTRAINT fk_payment_attempt_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    INDEX ix_payment_attempt_order (order_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The idempotency record of a checkout request (CheckoutIdempotency): per employee and key (visible ASCII, compared
-- byte for byte), the request's fingerprint (CartFingerprint), RUNNING until the first request has its answer, then
-- ANSWERED with that answer (a JSON document: the order placed, or the refusal) replayed until expires_at (24 hours
-- after started_at). Rows past expires_at are forgotten: a new request with the key starts afresh.
CREATE TABLE checkout_request (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    employee_id   BIGINT        NOT NULL,
    idem_key      VARCHAR(255)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    fingerprint   CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    answer        TEXT          NULL,
    order_id      BIGINT        NULL,
    started_at    TIMESTAMP(6)  NOT NULL,
    expires_at    TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_checkout_request_key UNIQUE (employee_id, idem_key),
    CONSTRAINT fk_checkout_request_employee FOREIGN KEY (employee_id) REFERENCES user_account (id),
    INDEX ix_checkout_request_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
