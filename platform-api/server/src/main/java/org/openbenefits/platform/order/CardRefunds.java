package org.openbenefits.platform.order;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.payment.CardPayments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The card part of cancellations, refunded at the gateway ({@link CardPayments#refund}) once the cancellation has
 * committed, never before: a cancellation that rolls back refunds nothing. Each cancellation has its own key, recorded
 * with it, so that however often the refund is asked (right after the commit, then by {@link #retryPending} every few
 * minutes while the gateway could not be reached or the payment was not captured yet), the gateway refunds once. A
 * refund is asked with its cancellation's row locked: the job and the after-commit call never ask at the same time,
 * and a refund marked DONE is never asked again. The row keeps how many attempts failed and the last error's class
 * name (never card data) for the runbook.
 */
@Singleton
public class CardRefunds {

    static final String NONE = "NONE";
    static final String PENDING = "PENDING";
    static final String DONE = "DONE";

    private static final Logger LOG = LoggerFactory.getLogger(CardRefunds.class);
    private static final int BATCH = 50;

    private record Pending(long id, long orderId, String intent, Money amount, String key) {
    }

    private final Jdbc jdbc;
    private final BeanProvider<CardPayments> cardPayments;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final Duration retryAfter;

    CardRefunds(Jdbc jdbc, BeanProvider<CardPayments> cardPayments, TransactionOperations<Connection> transactions, Clock clock,
                @Value("${platform.orders.refund-job.retry-after:2m}") Duration retryAfter) {
        this.jdbc = jdbc;
        this.cardPayments = cardPayments;
        this.transactions = transactions;
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    /** Asks the cancellation's card refund once the current transaction has committed. */
    void afterCommit(long cancellationId) {
        Optional<? extends TransactionStatus<?>> current = transactions.findTransactionStatus();
        if (current.isEmpty() || current.get().isCompleted()) {
            refund(cancellationId);
            return;
        }
        current.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                refund(cancellationId);
            }
        });
    }

    /**
     * Asks again every card refund still pending since {@code platform.orders.refund-job.retry-after} (2 minutes by
     * default), each in its own transaction, skipping those another instance is asking.
     *
     * @return how many were refunded by this run
     */
    public int retryPending() {
        List<Long> ids = transactions.executeRead(status -> jdbc.list("""
                SELECT id FROM order_cancellation WHERE card_state = 'PENDING' AND created_at <= ?
                ORDER BY id LIMIT\s""" + BATCH, row -> row.getLong(1), clock.instant().minus(retryAfter)));
        int done = 0;
        for (Long id : ids) {
            if (refund(id)) {
                done++;
            }
        }
        return done;
    }

    /** Asks the cancellation's card refund; true when the gateway took it now. Never throws. */
    boolean refund(long cancellationId) {
        try {
            return transactions.executeWrite(status -> refundLocked(cancellationId));
        } catch (RuntimeException e) {
            LOG.warn("The card refund of cancellation {} could not be recorded: {}", cancellationId, e.toString());
            return false;
        }
    }

    private boolean refundLocked(long cancellationId) {
        // Only the cancellation's row is locked: the order's row may be held by another cancellation meanwhile.
        Optional<Pending> found = jdbc.one("""
                SELECT id, order_id, card_intent_id, card_cents, refund_key FROM order_cancellation
                WHERE id = ? AND card_state = 'PENDING' FOR UPDATE SKIP LOCKED""",
                row -> new Pending(row.getLong("id"), row.getLong("order_id"), row.getString("card_intent_id"),
                        Money.ofCents(row.getLong("card_cents")), row.getString("refund_key")), cancellationId);
        if (found.isEmpty()) {
            return false;
        }
        Pending pending = found.get();
        boolean captured = jdbc.number("SELECT COUNT(*) FROM customer_order WHERE id = ? AND captured_at IS NOT NULL",
                pending.orderId()) > 0;
        if (!captured) {
            failed(pending, "NotCapturedYet");
            LOG.info("Card refund of cancellation {} waits for the capture of order {}", pending.id(),
                    pending.orderId());
            return false;
        }
        try {
            cardPayments.get().refund(PaymentIntentId.of(pending.intent()), pending.amount(), pending.key());
        } catch (RuntimeException e) {
            failed(pending, e.getClass().getSimpleName());
            LOG.warn("Card refund of cancellation {} (order {}) failed, retried later: {}", pending.id(),
                    pending.orderId(), e.getClass().getSimpleName());
            return false;
        }
        jdbc.update("""
                UPDATE order_cancellation SET card_state = 'DONE', card_refunded_at = ?, card_attempts = card_attempts + 1,
                    card_last_error = NULL
                WHERE id = ?""", clock.instant(), pending.id());
        LOG.info("Card refund of cancellation {} (order {}) done: {}", pending.id(), pending.orderId(),
                pending.amount());
        return true;
    }

    private void failed(Pending pending, String error) {
        jdbc.update("UPDATE order_cancellation SET card_attempts = card_attempts + 1, card_last_error = ? WHERE id = ?",
                error, pending.id());
    }
}
