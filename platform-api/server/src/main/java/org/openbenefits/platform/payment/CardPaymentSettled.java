package org.openbenefits.platform.payment;

import org.openbenefits.domain.payment.DeclineReason;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.domain.payment.StoredCard;

/** TEMPORARY copy of the lead's shared signature (shared-api.md); replaced by main's on merge. */
public sealed interface CardPaymentSettled {

    record Authorised(PaymentIntentId intent, long orderId, StoredCard card) implements CardPaymentSettled {
    }

    record Failed(PaymentIntentId intent, long orderId, DeclineReason reason) implements CardPaymentSettled {
    }
}
