-- Cancellations of order lines by their employee (issue 10 part 7; DESIGN 3.6; docs/domain-rules.md, "Orders,
-- cancellation and refunds"): each accepted cancellation, the lines it cancelled and where each euro went.

-- One accepted cancellation. shipping_refunded: the shipping fee was refunded with it (no postal line left to ship).
-- The card part, when there is one (card_cents > 0), is refunded at the gateway after the commit under refund_key,
-- one key per cancellation, so that a retry never refunds twice: card_state PENDING until the gateway took it
-- (DONE, card_refunded_at), NONE when the card paid nothing of what was cancelled. card_attempts and card_last_error
-- (an exception class name, never card data) tell an operator how retries went (docs/runbook.md).
CREATE TABLE order_cancellation (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    order_id           BIGINT        NOT NULL,
    employee_id        BIGINT        NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    shipping_refunded  BOOLEAN       NOT NULL,
    card_cents         BIGINT        NOT NULL,
    refund_key         VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    card_intent_id     VARCHAR(100)  NULL,
    card_state         VARCHAR(16)   NOT NULL,
    card_attempts      INT           NOT NULL DEFAULT 0,
    card_last_error    VARCHAR(200)  NULL,
    card_refunded_at   TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_order_cancellation_key UNIQUE (refund_key),
    CONSTRAINT fk_order_cancellation_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    INDEX ix_order_cancellation_order (order_id, id),
    INDEX ix_order_cancellation_card (card_state, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The lines a cancellation cancelled: a line is cancelled once (the unique key backs the order's lock).
CREATE TABLE order_cancellation_line (
    cancellation_id  BIGINT  NOT NULL,
    order_line_id    BIGINT  NOT NULL,
    PRIMARY KEY (cancellation_id, order_line_id),
    CONSTRAINT uk_order_cancellation_line UNIQUE (order_line_id),
    CONSTRAINT fk_order_cancellation_line_c FOREIGN KEY (cancellation_id) REFERENCES order_cancellation (id),
    CONSTRAINT fk_order_cancellation_line_l FOREIGN KEY (order_line_id) REFERENCES order_line (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where the money of a cancellation went, one row per destination: GRANT (back to grant_id, still valid and not
-- revoked), EMPLOYER_BUDGET (grant_id's part, the grant expired or revoked meanwhile), CARD (grant_id NULL).
-- kind and campaign_name are snapshots of the grant for the answer and the e-mail.
CREATE TABLE order_refund_part (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    cancellation_id  BIGINT        NOT NULL,
    destination      VARCHAR(16)   NOT NULL,
    grant_id         BIGINT        NULL,
    kind             VARCHAR(32)   NULL,
    campaign_name    VARCHAR(200)  NULL,
    amount_cents     BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_order_refund_part_c FOREIGN KEY (cancellation_id) REFERENCES order_cancellation (id),
    CONSTRAINT fk_order_refund_part_grant FOREIGN KEY (grant_id) REFERENCES allowance_grant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
