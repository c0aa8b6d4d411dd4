package org.openbenefits.platform.checkout;

import java.net.URI;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.CheckoutRefusal;
import org.openbenefits.domain.payment.PaymentAttempts;
import org.openbenefits.domain.payment.PaymentRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.payment.CardPayments;
import org.openbenefits.platform.payment.CardPayments.PaymentRequest;
import org.openbenefits.platform.payment.CardPayments.StartedPayment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The employee tries another card on a pending order after a failed one (ADR 0012: three attempts per order): a new
 * payment intent, with a key of its own, for the order's card part, while the order's holds last. Never two charges:
 * no new attempt while one is under way or once the order is paid.
 */
@Singleton
public class RestartPayment {

    private static final Logger LOG = LoggerFactory.getLogger(RestartPayment.class);

    /** How it ended. */
    public sealed interface Outcome {
    }

    /** A new payment page to send the browser to; {@code attemptsLeft} counts this one. */
    public record Started(long orderId, OrderNumber number, URI paymentUrl, int attemptsLeft) implements Outcome {
    }

    /**
     * Refused: {@code resource.not-found} (no such order of the employee's), {@code payment.order-already-paid},
     * {@code payment.attempt-in-progress}, {@code payment.attempts-exhausted}, {@code checkout.order-expired}.
     */
    public record NotStarted(Refusal refusal) implements Outcome {
    }

    private record Decided(Orders.Pending order, int attempt, int attemptsLeft) {
    }

    private final Orders orders;
    /** Looked up when first called: the platform starts, and allowance-only checkouts work, without a gateway. */
    private final BeanProvider<CardPayments> cardPayments;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    RestartPayment(Orders orders, BeanProvider<CardPayments> cardPayments,
                   TransactionOperations<Connection> transactions, Clock clock) {
        this.orders = orders;
        this.cardPayments = cardPayments;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Outcome restart(long employeeId, long orderId, URI returnTo) {
        Object decided = transactions.executeWrite(status -> decide(employeeId, orderId));
        if (decided instanceof NotStarted notStarted) {
            return notStarted;
        }
        Decided go = (Decided) decided;
        StartedPayment started;
        try {
            started = cardPayments.get().start(new PaymentRequest(orderId, go.order().number(), go.order().card(),
                    returnTo, "order-" + orderId + "-attempt-" + go.attempt()));
        } catch (RuntimeException unreachable) {
            LOG.warn("The payment service could not start payment {} of order {}: {}", go.attempt(), orderId,
                    unreachable.toString());
            return new NotStarted(Refusal.of(GeneralRefusal.UNAVAILABLE));
        }
        transactions.executeWrite(status -> {
            orders.insertAttempt(orderId, started.intent().value(), go.order().card(), started.hostedPage().toString(),
                    clock.instant());
            return null;
        });
        return new Started(orderId, go.order().number(), started.hostedPage(), go.attemptsLeft());
    }

    private Object decide(long employeeId, long orderId) {
        Optional<Orders.Pending> found = orders.lock(orderId).filter(order -> order.employeeId() == employeeId);
        if (found.isEmpty()) {
            return new NotStarted(Refusal.of(GeneralRefusal.NOT_FOUND));
        }
        Orders.Pending order = found.get();
        String number = order.number().value();
        switch (order.status()) {
            case PAID -> {
                return new NotStarted(Refusal.of(PaymentRefusal.ORDER_ALREADY_PAID, "order", number));
            }
            case EXPIRED -> {
                return new NotStarted(Refusal.of(CheckoutRefusal.ORDER_EXPIRED, "order", number));
            }
            case REFUSED -> {
                return new NotStarted(Refusal.of(PaymentRefusal.ATTEMPTS_EXHAUSTED, "order", number,
                        "limit", PaymentAttempts.DEFAULT.limit()));
            }
            case PENDING_PAYMENT -> {
            }
        }
        if (!order.holdExpiresAt().isAfter(clock.instant())) {
            return new NotStarted(Refusal.of(CheckoutRefusal.ORDER_EXPIRED, "order", number));
        }
        if (order.card().isZero()) {
            return new NotStarted(Refusal.of(PaymentRefusal.ORDER_ALREADY_PAID, "order", number));
        }
        List<Orders.Attempt> attempts = orders.attempts(orderId);
        if (attempts.stream().anyMatch(attempt -> attempt.outcome() == Orders.Outcome.STARTED
                || attempt.outcome() == Orders.Outcome.AUTHORISED)) {
            return new NotStarted(Refusal.of(PaymentRefusal.ATTEMPT_IN_PROGRESS, "order", number));
        }
        int failed = (int) attempts.stream().filter(attempt -> attempt.outcome() == Orders.Outcome.FAILED).count();
        int limit = PaymentAttempts.DEFAULT.limit();
        if (failed >= limit) {
            return new NotStarted(Refusal.of(PaymentRefusal.ATTEMPTS_EXHAUSTED, "order", number, "limit", limit));
        }
        // Two restarts at once get the same attempt number, so the same gateway key and intent: one attempt.
        return new Decided(order, attempts.size() + 1, limit - failed);
    }
}
