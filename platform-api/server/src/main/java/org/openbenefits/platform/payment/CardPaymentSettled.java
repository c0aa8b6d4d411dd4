package org.openbenefits.platform.payment;

import java.util.Objects;

import org.openbenefits.domain.payment.DeclineReason;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.domain.payment.StoredCard;

/**
 * How a card payment ended, as the gateway's verified notification says (ADR 0012). Published as an application event,
 * synchronously, inside the transaction that applies the notification to the payment intent: checkout listens, and its
 * changes commit or roll back with the intent's. A notification applied twice raises no second event.
 */
public sealed interface CardPaymentSettled {

    PaymentIntentId intent();

    long orderId();

    /** The amount is authorised on the card; checkout captures it once the order is paid. */
    record Authorised(PaymentIntentId intent, long orderId, StoredCard card) implements CardPaymentSettled {

        public Authorised {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(card, "card");
        }
    }

    /** The gateway declined the card, or the holder failed the 3-D Secure challenge. */
    record Failed(PaymentIntentId intent, long orderId, DeclineReason reason) implements CardPaymentSettled {

        public Failed {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
