package org.openbenefits.platform.checkout;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.openbenefits.domain.payment.CheckoutRefusal;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.payment.CardPayments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hold job (ADR 0013), every minute on every instance: each pending order past its hold time is expired in a
 * transaction of its own, picked {@code FOR UPDATE SKIP LOCKED} so that instances share the work without doing an
 * order twice: its grant and stock holds are released, its payment attempts under way cancelled (at the gateway once
 * the transaction commits: an authorisation is released, never captured). Then it captures the card parts of paid
 * orders whose capture failed, and forgets the idempotency records past their 24 hours. A crash leaves the rows for
 * the next run.
 */
@Singleton
public class ReleaseExpiredHolds {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseExpiredHolds.class);
    /** Orders expired per run at most, each in its own transaction; the next run takes the rest. */
    private static final int MAX_PER_RUN = 500;
    private static final int CAPTURE_BATCH = 50;
    /** A paid order's capture is retried only after this, so as not to race the capture right after payment. */
    private static final Duration CAPTURE_GRACE = Duration.ofMinutes(1);

    /** What one run did. */
    public record Run(int expired, int captured, int forgotten) {
    }

    private final Orders orders;
    private final OrderSettlement settlement;
    private final CheckoutRequests requests;
    /** Looked up when first called: the platform starts, and allowance-only checkouts work, without a gateway. */
    private final BeanProvider<CardPayments> cardPayments;
    private final AfterCommit afterCommit;
    private final TransactionOperations<Connection> transactions;
    private final Jdbc jdbc;
    private final Clock clock;

    ReleaseExpiredHolds(Orders orders, OrderSettlement settlement, CheckoutRequests requests,
                        BeanProvider<CardPayments> cardPayments, AfterCommit afterCommit,
                        TransactionOperations<Connection> transactions, Jdbc jdbc, Clock clock) {
        this.orders = orders;
        this.settlement = settlement;
        this.requests = requests;
        this.cardPayments = cardPayments;
        this.afterCommit = afterCommit;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Run run() {
        int expired = 0;
        while (expired < MAX_PER_RUN) {
            Optional<Boolean> one = transactions.executeWrite(status -> expireOne(clock.instant()));
            if (one.isEmpty()) {
                break;
            }
            if (one.get()) {
                expired++;
            }
        }
        int captured = captureLeftBehind();
        int forgotten = requests.forgetExpired(clock.instant(), 1000);
        if (expired > 0 || captured > 0) {
            LOG.info("Hold job: {} order(s) expired, {} capture(s) retried", expired, captured);
        }
        return new Run(expired, captured, forgotten);
    }

    /** Expires one pending order past its hold time; empty when none is left that no other instance holds. */
    private Optional<Boolean> expireOne(Instant now) {
        List<Orders.Pending> due = orders.lockExpired(now, 1);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Orders.Pending order = due.getFirst();
        List<Orders.Attempt> underWay = orders.attempts(order.id()).stream()
                .filter(attempt -> attempt.outcome() == Orders.Outcome.STARTED
                        || attempt.outcome() == Orders.Outcome.AUTHORISED)
                .toList();
        boolean released = settlement.release(order.id(), Orders.Status.EXPIRED, CheckoutRefusal.ORDER_EXPIRED.code(),
                null);
        for (Orders.Attempt attempt : underWay) {
            jdbc.update("UPDATE payment_attempt SET outcome = 'CANCELLED', settled_at = ? WHERE id = ? "
                    + "AND outcome IN ('STARTED', 'AUTHORISED')", now, attempt.id());
            PaymentIntentId intent = PaymentIntentId.of(attempt.intentId());
            afterCommit.run("Cancellation of " + intent, () -> cardPayments.get().cancel(intent));
        }
        return Optional.of(released);
    }

    private int captureLeftBehind() {
        List<Long> due = transactions.executeWrite(status ->
                orders.lockUncaptured(clock.instant().minus(CAPTURE_GRACE), CAPTURE_BATCH));
        int captured = 0;
        for (Long orderId : due) {
            Optional<String> intent = transactions.executeRead(status -> orders.attempts(orderId).stream()
                    .filter(attempt -> attempt.outcome() == Orders.Outcome.AUTHORISED)
                    .map(Orders.Attempt::intentId).reduce((first, last) -> last));
            if (intent.isEmpty()) {
                continue;
            }
            try {
                cardPayments.get().capture(PaymentIntentId.of(intent.get()));
                settlement.captured(orderId);
                captured++;
            } catch (Exception e) {
                LOG.warn("Capture of order {} failed again, retried next run: {}", orderId, e.toString());
            }
        }
        return captured;
    }
}
