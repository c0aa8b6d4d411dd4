package org.openbenefits.platform.checkout;

import java.sql.Connection;
import java.util.Optional;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs gateway calls once the transaction that decided them has committed (ADR 0013: a capture follows the posting
 * of the holds, never precedes it), or at once outside any transaction. A call that fails is logged and left to
 * {@link ReleaseExpiredHolds}, which retries captures; the gateway's keys make a repeated call harmless.
 */
@Singleton
class AfterCommit {

    private static final Logger LOG = LoggerFactory.getLogger(AfterCommit.class);

    private final TransactionOperations<Connection> transactions;

    AfterCommit(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    void run(String what, Runnable call) {
        Optional<? extends TransactionStatus<?>> current = transactions.findTransactionStatus();
        if (current.isEmpty() || current.get().isCompleted()) {
            safely(what, call);
            return;
        }
        current.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                safely(what, call);
            }
        });
    }

    private static void safely(String what, Runnable call) {
        try {
            call.run();
        } catch (Exception e) {
            LOG.warn("{} failed after commit, left to the hold job: {}", what, e.toString());
        }
    }
}
