-- The guard row of the invoice counters (InvoiceNumbers): every invoice locks it first, so that a year's first invoices
-- never insert that year's row concurrently (a deadlock when one of them rolls back). Year 0 is never an invoice's.
INSERT INTO invoice_counter (invoice_year, last_number) VALUES (0, 0);
