package org.openbenefits.platform.payment;

import org.openbenefits.domain.payment.DeclineReason;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.domain.payment.StoredCard;

/**
 * The gateway's verified notification settled a card payment: published as an application event, synchronously,
 * inside the transaction that applies the notification. Listeners must be idempotent.
 */
public sealed interface CardPaymentSettled {

    /** The card was authorised: checkout may post its holds, then capture. */
    record Authorised(PaymentIntentId intent, long orderId, StoredCard card) implements CardPaymentSettled {
    }

    /** The card was declined, for this reason. */
    record Failed(PaymentIntentId intent, long orderId, DeclineReason reason) implements CardPaymentSettled {
    }
}
