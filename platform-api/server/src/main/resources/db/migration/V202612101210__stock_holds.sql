-- Stock held by pending checkouts (ADR 0013). A counted stock keeps stock_count (units not yet sold) and stock_held
-- (of them, units held by orders awaiting payment): what is left to sell is stock_count - stock_held, and a hold is
-- the conditional UPDATE offer SET stock_held = stock_held + n WHERE id = ? AND stock_count - stock_held >= n.
-- A sale takes n off both; a release takes n off stock_held.
ALTER TABLE offer ADD COLUMN stock_held INT NOT NULL DEFAULT 0;

-- E-ticket codes: held_by_order names the order a code is reserved for (picked FOR UPDATE SKIP LOCKED), until the
-- order is paid (issued, and it stays the code's order) or its holds are released (NULL again).
ALTER TABLE offer_stock_code ADD COLUMN held_by_order BIGINT NULL;
ALTER TABLE offer_stock_code ADD CONSTRAINT fk_offer_stock_code_order FOREIGN KEY (held_by_order)
    REFERENCES customer_order (id);
CREATE INDEX ix_offer_stock_code_held ON offer_stock_code (held_by_order);
CREATE INDEX ix_offer_stock_code_free ON offer_stock_code (offer_id, issued, held_by_order);
