package org.openbenefits.domain.payment;

import java.util.Objects;
import org.openbenefits.domain.refusal.Refusal;

/** The outcome of asking a payment intent to move: moved, or refused with nothing changed. */
public sealed interface IntentChange {

    /**
     * The intent moved.
     *
     * @param intent the intent after the move
     * @param from   its state before
     */
    record Moved(PaymentIntent intent, IntentState from) implements IntentChange {

        public Moved {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(from, "from");
        }

        /** Its state now. */
        public IntentState to() {
            return intent.state();
        }
    }

    /**
     * Nothing changed: {@code payment.transition-not-allowed}, {@code payment.refund-exceeds-captured}, or
     * {@code request.invalid} for a refund amount that is not positive.
     */
    record Refused(Refusal refusal) implements IntentChange {

        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
