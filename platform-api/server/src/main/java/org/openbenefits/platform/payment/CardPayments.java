package org.openbenefits.platform.payment;

import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.payment.PaymentIntentId;

/**
 * The card side of checkout (DESIGN 3.5, ADR 0012): checkout starts a payment for an order's card remainder and sends
 * the browser to the gateway's hosted payment page; the gateway's signed notification then tells the outcome
 * ({@link CardPaymentSettled}); checkout captures once its holds are posted, cancels when anything else fails, and
 * refunds cancelled lines' card parts.
 */
public interface CardPayments {

    /** Creates the payment intent at the gateway (the same key gives the same intent) and keeps the platform's own. */
    StartedPayment start(PaymentRequest request);

    /** Takes the authorised amount; capturing a captured intent again changes nothing. */
    void capture(PaymentIntentId intent);

    /** Releases an intent under way; cancelling a cancelled or failed one changes nothing. */
    void cancel(PaymentIntentId intent);

    /** Gives back part of what was captured, once per key. */
    void refund(PaymentIntentId intent, Money amount, String key);
}
