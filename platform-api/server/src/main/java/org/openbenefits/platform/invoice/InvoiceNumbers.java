package org.openbenefits.platform.invoice;

import java.time.Instant;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.invoice.InvoiceNumber;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * Invoice numbers in an unbroken sequence per calendar year (Paris time), from one counter row per year
 * ({@code invoice_counter}) that the caller's transaction locks until it ends: a transaction that rolls back (a payment
 * that fails after taking its number) gives the number back with everything else, and transactions that issue at the
 * same time take turns, so that the committed numbers of a year are exactly 1, 2, 3... without gap or duplicate.
 * The price is that invoicing transactions of one year run this step one after the other: keep what follows it short.
 */
@Singleton
public class InvoiceNumbers {

    private final Jdbc jdbc;

    InvoiceNumbers(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next number of the year of {@code at} (Paris), taken in the caller's transaction, which must exist: the
     * year's counter stays locked until that transaction commits (the number is used) or rolls back (it is not).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public InvoiceNumber next(Instant at) {
        int year = InvoiceNumber.yearOf(at);
        // Every invoice first locks the guard row (year 0, created by the migrations), so that one transaction at a time
        // creates or reads a year's row: concurrent first invoices of a year inserting the same new key would share a
        // lock on it and, when one of them rolls back, deadlock raising it. Invoices took turns on the year anyway.
        jdbc.one("SELECT last_number FROM invoice_counter WHERE invoice_year = 0 FOR UPDATE", row -> 0)
                .orElseThrow(() -> new IllegalStateException("The invoice counter's guard row (year 0) is missing"));
        jdbc.update("INSERT IGNORE INTO invoice_counter (invoice_year, last_number) VALUES (?, 0)", year);
        long last = jdbc.one("SELECT last_number FROM invoice_counter WHERE invoice_year = ? FOR UPDATE",
                row -> row.getLong(1), year).orElseThrow();
        jdbc.update("UPDATE invoice_counter SET last_number = ? WHERE invoice_year = ?", last + 1, year);
        return new InvoiceNumber(year, last + 1);
    }
}
