-- Card payment (DESIGN 3.5, ADR 0012). Two sides, kept apart on purpose.
--
-- 1. The built-in simulator: conceptually the external card gateway, with tables of its own (package
--    org.openbenefits.platform.payment.simulator). Per intent it keeps the amount, its state, the kind of test card
--    (TestCard: SUCCEEDS, CHALLENGE_THEN_SUCCEEDS...) and the 3-D Secure code it showed; never the card number nor the
--    security code. form_token is the per-intent token its hosted pages' forms carry (CSRF). return_url is the address
--    the platform registered at creation: the only place the browser is sent back to.
CREATE TABLE simulator_intent (
    id                 VARCHAR(64)   NOT NULL,
    creation_key       VARCHAR(255)  NOT NULL,
    merchant_reference VARCHAR(64)   NOT NULL,
    amount_cents       BIGINT        NOT NULL,
    currency           CHAR(3)       NOT NULL,
    state              VARCHAR(24)   NOT NULL,
    decline_reason     VARCHAR(40)   NULL,
    test_card          VARCHAR(32)   NULL,
    card_token         VARCHAR(64)   NULL,
    card_brand         VARCHAR(16)   NULL,
    card_last_four     CHAR(4)       NULL,
    challenge_code     CHAR(6)       NULL,
    form_token         VARCHAR(64)   NOT NULL,
    return_url         VARCHAR(2000) NOT NULL,
    captured_cents     BIGINT        NOT NULL,
    refunded_cents     BIGINT        NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_simulator_intent_key UNIQUE (creation_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The simulator's refunds, once per key.
CREATE TABLE simulator_refund (
    intent_id    VARCHAR(64)  NOT NULL,
    refund_key   VARCHAR(255) NOT NULL,
    amount_cents BIGINT       NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (intent_id, refund_key),
    CONSTRAINT fk_simulator_refund_intent FOREIGN KEY (intent_id) REFERENCES simulator_intent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The server-to-server notifications the simulator owes the platform, sent until acknowledged (a 2xx): attempts so
-- far, when to try next, the last HTTP status (0: no answer), and when it was acknowledged or given up.
CREATE TABLE simulator_notification (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    intent_id       VARCHAR(64)  NOT NULL,
    state           VARCHAR(24)  NOT NULL,
    decline_reason  VARCHAR(40)  NULL,
    attempts        INT          NOT NULL,
    next_attempt_at TIMESTAMP(6) NULL,
    last_status     INT          NULL,
    acknowledged_at TIMESTAMP(6) NULL,
    abandoned_at    TIMESTAMP(6) NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_simulator_notification_due (next_attempt_at),
    CONSTRAINT fk_simulator_notification_intent FOREIGN KEY (intent_id) REFERENCES simulator_intent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 2. The platform's side (package org.openbenefits.platform.payment): its PaymentIntent per order attempt, with the
--    StoredCard once known (the gateway's token, the brand, the last four digits: all the platform keeps of a card).
--    order_id refers to the order of checkout; creation_key makes a retried start give the same intent.
CREATE TABLE payment_intent (
    id             VARCHAR(64)  NOT NULL,
    order_id       BIGINT       NOT NULL,
    order_number   VARCHAR(64)  NOT NULL,
    creation_key   VARCHAR(255) NOT NULL,
    amount_cents   BIGINT       NOT NULL,
    state          VARCHAR(24)  NOT NULL,
    decline_reason VARCHAR(40)  NULL,
    card_token     VARCHAR(64)  NULL,
    card_brand     VARCHAR(16)  NULL,
    card_last_four CHAR(4)      NULL,
    captured_cents BIGINT       NOT NULL,
    refunded_cents BIGINT       NOT NULL,
    hosted_page    VARCHAR(2000) NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_payment_intent_key UNIQUE (creation_key),
    KEY ix_payment_intent_order (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The platform's refunds of a captured intent, once per key (a cancelled line's card part).
CREATE TABLE payment_refund (
    intent_id    VARCHAR(64)  NOT NULL,
    refund_key   VARCHAR(255) NOT NULL,
    amount_cents BIGINT       NOT NULL,
    refunded_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (intent_id, refund_key),
    CONSTRAINT fk_payment_refund_intent FOREIGN KEY (intent_id) REFERENCES payment_intent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
