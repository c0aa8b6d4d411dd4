package org.openbenefits.domain.payment;

import java.util.Objects;
import org.openbenefits.domain.refusal.Refusal;

/** What applying a verified gateway notification to its intent did. */
public sealed interface NotificationOutcome {

    /** The intent moved to the state notified. */
    record Applied(PaymentIntent intent, IntentState from) implements NotificationOutcome {

        public Applied {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(from, "from");
        }
    }

    /** The intent is in the state notified already (the same notification again, or the answer to our own call). */
    record AlreadyApplied(PaymentIntent intent) implements NotificationOutcome {

        public AlreadyApplied {
            Objects.requireNonNull(intent, "intent");
        }
    }

    /**
     * Nothing changed, on purpose; the gateway is answered that it was received so that it stops sending it.
     *
     * @param why {@link Why#INTENT_FINAL}: the intent is refunded, cancelled or failed and stays so;
     *            {@link Why#SUPERSEDED}: the intent is past the state notified (a notification overtaken by a later one)
     */
    record Ignored(PaymentIntent intent, Why why) implements NotificationOutcome {

        public Ignored {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(why, "why");
        }
    }

    /** Why a notification was ignored. */
    enum Why {
        INTENT_FINAL,
        SUPERSEDED
    }

    /**
     * A state the intent cannot reach from where it is by a notification ({@code payment.notification-not-applicable}):
     * the intent and the gateway disagree, which an operator must look at.
     */
    record Refused(Refusal refusal) implements NotificationOutcome {

        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
