package org.openbenefits.delivery.inbox;

import java.sql.Connection;
import java.time.Clock;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * Makes event handling idempotent. The event's row is inserted first, in the same transaction as the handling: a
 * redelivered event finds the row and is skipped; a concurrent duplicate waits on the row's lock, then fails on the
 * key and is retried into a skip; a handler that fails rolls the row back so the event is handled again.
 */
@Singleton
public class Inbox {

    private final ProcessedEvents processed;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    Inbox(ProcessedEvents processed, TransactionOperations<Connection> transactions, Clock clock) {
        this.processed = processed;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs the handler unless the event was handled before; answers whether it ran. */
    public boolean handleOnce(String eventId, String eventType, Runnable handler) {
        return transactions.executeWrite(status -> {
            if (processed.existsById(eventId)) {
                return false;
            }
            processed.save(new ProcessedEventRow(eventId, eventType, clock.instant()));
            handler.run();
            return true;
        });
    }

    /** Whether this event has been handled. */
    public boolean handled(String eventId) {
        return processed.existsById(eventId);
    }
}
