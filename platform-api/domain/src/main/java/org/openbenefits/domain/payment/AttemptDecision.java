package org.openbenefits.domain.payment;

import java.util.Objects;
import org.openbenefits.domain.refusal.Refusal;

/** Whether a card may be tried once more for an order. */
public sealed interface AttemptDecision {

    /**
     * A new payment intent may be created.
     *
     * @param attempt      which attempt this is, from 1
     * @param attemptsLeft how many, this one included, the order still has
     */
    record MayAttempt(int attempt, int attemptsLeft) implements AttemptDecision {
    }

    /** No new attempt: {@code payment.attempts-exhausted}, {@code payment.attempt-in-progress} or {@code payment.order-already-paid}. */
    record Refused(Refusal refusal) implements AttemptDecision {

        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
