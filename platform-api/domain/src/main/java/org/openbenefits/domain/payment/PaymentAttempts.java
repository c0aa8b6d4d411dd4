package org.openbenefits.domain.payment;

import java.util.List;
import java.util.Objects;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.refusal.Refusal;

/**
 * The attempts rule of an order (DESIGN 3.5): a card may be tried up to {@code limit} times (three); after the last
 * failed attempt the order is refused with {@code payment.attempts-exhausted}. Never two charges: no new attempt while
 * one is under way or once the order is paid.
 *
 * @param limit failed attempts that refuse the order, at least one
 */
public record PaymentAttempts(int limit) {

    /** Three attempts per order. */
    public static final PaymentAttempts DEFAULT = new PaymentAttempts(3);

    public PaymentAttempts {
        if (limit < 1) {
            throw new IllegalArgumentException("An order allows at least one attempt");
        }
    }

    /** Whether one more card may be tried for the order, given every intent of it so far. */
    public AttemptDecision next(OrderNumber order, List<PaymentIntent> intents) {
        Objects.requireNonNull(order, "order");
        for (PaymentIntent intent : intents) {
            if (!intent.order().equals(order)) {
                throw new IllegalArgumentException("Intent " + intent.id() + " is not of order " + order);
            }
            if (intent.state().isCaptured()) {
                return new AttemptDecision.Refused(Refusal.of(PaymentRefusal.ORDER_ALREADY_PAID, "order", order.value()));
            }
            if (intent.state().isUnderWay()) {
                return new AttemptDecision.Refused(Refusal.of(PaymentRefusal.ATTEMPT_IN_PROGRESS, "order",
                        order.value()));
            }
        }
        int failed = failed(intents);
        if (failed >= limit) {
            return new AttemptDecision.Refused(exhausted(order));
        }
        return new AttemptDecision.MayAttempt(failed + 1, limit - failed);
    }

    /**
     * The answer to the employee after an intent of the order failed: its reason's code with the attempts left, or,
     * after the last one, the order refused.
     *
     * @param failedIntent the intent that just failed
     * @param intents      every intent of the order, that one included
     */
    public Refusal afterFailure(PaymentIntent failedIntent, List<PaymentIntent> intents) {
        DeclineReason reason = failedIntent.declined()
                .orElseThrow(() -> new IllegalArgumentException("Intent " + failedIntent.id() + " did not fail"));
        if (!intents.contains(failedIntent)) {
            throw new IllegalArgumentException("The failed intent is one of the order's: " + failedIntent.id());
        }
        int left = Math.max(0, limit - failed(intents));
        if (left == 0) {
            return exhausted(failedIntent.order());
        }
        return Refusal.of(reason.code(), "attemptsLeft", left);
    }

    private static int failed(List<PaymentIntent> intents) {
        return (int) intents.stream().filter(intent -> intent.state() == IntentState.FAILED).count();
    }

    private Refusal exhausted(OrderNumber order) {
        return Refusal.of(PaymentRefusal.ATTEMPTS_EXHAUSTED, "order", order.value(), "limit", limit);
    }
}
