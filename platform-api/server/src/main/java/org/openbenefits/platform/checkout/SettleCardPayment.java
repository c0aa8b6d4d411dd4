package org.openbenefits.platform.checkout;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.payment.PaymentAttempts;
import org.openbenefits.domain.payment.PaymentRefusal;
import org.openbenefits.platform.payment.CardPaymentSettled;
import org.openbenefits.platform.payment.CardPayments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What checkout does when the gateway settles a card payment (ADR 0013), inside the transaction that applies the
 * gateway's verified notification. Authorised: the pending order is paid (its holds posted), then, once that commits,
 * the intent is captured; an authorisation that arrives for an order no longer pending (expired, refused) is
 * cancelled instead, never captured. Failed: the attempt is counted ({@link PaymentAttempts}); the order keeps its
 * holds while it has attempts left, and the third failure refuses it and releases everything. A duplicate or late
 * settlement changes nothing: the attempt is settled once, and the order moves only from pending.
 */
@Singleton
class SettleCardPayment {

    private static final Logger LOG = LoggerFactory.getLogger(SettleCardPayment.class);

    private final Orders orders;
    private final OrderSettlement settlement;
    /** Looked up when first called: the platform starts, and allowance-only checkouts work, without a gateway. */
    private final BeanProvider<CardPayments> cardPayments;
    private final AfterCommit afterCommit;
    private final Clock clock;

    SettleCardPayment(Orders orders, OrderSettlement settlement, BeanProvider<CardPayments> cardPayments,
                      AfterCommit afterCommit, Clock clock) {
        this.orders = orders;
        this.settlement = settlement;
        this.cardPayments = cardPayments;
        this.afterCommit = afterCommit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(CardPaymentSettled settled) {
        switch (settled) {
            case CardPaymentSettled.Authorised authorised -> authorised(authorised);
            case CardPaymentSettled.Failed failed -> failed(failed);
        }
    }

    private void authorised(CardPaymentSettled.Authorised authorised) {
        Optional<Orders.Pending> order = orders.lock(authorised.orderId());
        if (order.isEmpty()) {
            LOG.warn("Authorisation {} names no order {}", authorised.intent(), authorised.orderId());
            return;
        }
        if (!orders.settleAttempt(authorised.intent().value(), Orders.Outcome.AUTHORISED, null, clock.instant())
                && attemptKnown(authorised.orderId(), authorised.intent().value())) {
            LOG.info("Authorisation {} of order {} already settled: nothing changes", authorised.intent(),
                    authorised.orderId());
            return;
        }
        if (settlement.pay(authorised.orderId(), Optional.of(authorised.card()))) {
            afterCommit.run("Capture of " + authorised.intent(), () -> {
                cardPayments.get().capture(authorised.intent());
                settlement.captured(authorised.orderId());
            });
        } else {
            LOG.warn("Authorisation {} arrived for order {} no longer pending ({}): cancelled", authorised.intent(),
                    authorised.orderId(), order.get().status());
            afterCommit.run("Cancellation of " + authorised.intent(),
                    () -> cardPayments.get().cancel(authorised.intent()));
        }
    }

    private boolean attemptKnown(long orderId, String intentId) {
        return orders.attempts(orderId).stream().anyMatch(attempt -> attempt.intentId().equals(intentId));
    }

    private void failed(CardPaymentSettled.Failed failed) {
        Optional<Orders.Pending> order = orders.lock(failed.orderId());
        if (order.isEmpty()) {
            LOG.warn("Failure {} names no order {}", failed.intent(), failed.orderId());
            return;
        }
        if (!orders.settleAttempt(failed.intent().value(), Orders.Outcome.FAILED, failed.reason().name(),
                clock.instant())) {
            LOG.info("Failure {} of order {} already settled or unknown: nothing changes", failed.intent(),
                    failed.orderId());
            return;
        }
        List<Orders.Attempt> attempts = orders.attempts(failed.orderId());
        long failures = attempts.stream().filter(attempt -> attempt.outcome() == Orders.Outcome.FAILED).count();
        if (failures >= PaymentAttempts.DEFAULT.limit()) {
            settlement.release(failed.orderId(), Orders.Status.REFUSED, PaymentRefusal.ATTEMPTS_EXHAUSTED.code(),
                    null);
        } else {
            LOG.info("Card payment {} of order {} failed ({}): {} attempt(s) left", failed.intent(), failed.orderId(),
                    failed.reason(), PaymentAttempts.DEFAULT.limit() - failures);
        }
    }
}
