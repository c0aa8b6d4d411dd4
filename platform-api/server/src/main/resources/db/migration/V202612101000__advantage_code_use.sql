-- The orders that used an advantage code (issue 10): one row per order, inserted by the checkout that places the order
-- and deleted when that order's checkout is released unpaid. CheckAdvantageCode counts them, in all and per employee.
CREATE TABLE advantage_code_use (
    code_id      BIGINT       NOT NULL,
    employee_id  BIGINT       NOT NULL,
    order_id     BIGINT       NOT NULL,
    used_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (code_id, order_id),
    CONSTRAINT fk_advantage_code_use_code FOREIGN KEY (code_id) REFERENCES advantage_code (id),
    INDEX ix_advantage_code_use_employee (code_id, employee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
