-- The employee's cart (issue 10, part 4), kept server-side so that it survives a sign-out and follows the employee to
-- a second device. One row per employee once they put something in it or choose something for the order: the
-- advantage code as typed (kept even when it does not apply: the cart says why), and the delivery choices for this
-- order only (an e-mail, a postal address), none of which changes the profile. NULL means "the profile's".
CREATE TABLE cart (
    employee_id          BIGINT       NOT NULL,
    advantage_code       VARCHAR(40)  NULL,
    delivery_email       VARCHAR(254) NULL,
    address_line1        VARCHAR(200) NULL,
    address_line2        VARCHAR(200) NULL,
    address_postal_code  VARCHAR(10)  NULL,
    address_city         VARCHAR(100) NULL,
    address_country      VARCHAR(2)   NULL,
    updated_at           TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (employee_id),
    CONSTRAINT fk_cart_employee FOREIGN KEY (employee_id) REFERENCES employee_profile (user_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A line of the cart: an offer, its quantity and its employee price when it was added (or its quantity last set), so
-- that the cart can say the price changed since. Lines read in the order they were first added (id).
CREATE TABLE cart_line (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    employee_id             BIGINT       NOT NULL,
    offer_id                BIGINT       NOT NULL,
    quantity                INT          NOT NULL,
    price_when_added_cents  BIGINT       NOT NULL,
    added_at                TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cart_line_offer UNIQUE (employee_id, offer_id),
    CONSTRAINT fk_cart_line_cart FOREIGN KEY (employee_id) REFERENCES cart (employee_id),
    CONSTRAINT fk_cart_line_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
