package org.openbenefits.platform.payment;

import java.net.URI;
import java.util.Objects;

import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.PaymentIntentId;

/**
 * The card gateway as checkout calls it (ADR 0012): payment intents, the card itself typed on the gateway's hosted
 * page, never on ours. How a payment ends comes back later as a {@link CardPaymentSettled} event, raised by the
 * gateway's verified notification, whether or not the browser comes back. Each call that can charge or refund is done
 * once per key. A gateway that cannot be reached throws.
 */
public interface CardPayments {

    /** Starts a payment of the order's card remainder; the same key gives the same intent and page. */
    StartedPayment start(PaymentRequest request);

    /** Takes the authorised amount, once however often it is called. */
    void capture(PaymentIntentId intent);

    /** Releases an intent under way or authorised and not captured. */
    void cancel(PaymentIntentId intent);

    /** Gives back part of what was captured, once per key. */
    void refund(PaymentIntentId intent, Money amount, String key);

    /**
     * A payment to start.
     *
     * @param orderId  the order paid
     * @param order    its number, shown on the gateway's page
     * @param amount   the card remainder, positive
     * @param returnTo where the gateway sends the browser back once the payment ended
     * @param key      the idempotency key of this attempt
     */
    record PaymentRequest(long orderId, OrderNumber order, Money amount, URI returnTo, String key) {

        public PaymentRequest {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(returnTo, "returnTo");
            Objects.requireNonNull(key, "key");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("A card payment is of a positive amount: " + amount);
            }
        }
    }

    /**
     * A payment started.
     *
     * @param intent     the gateway's intent
     * @param hostedPage the gateway's payment page, where the browser goes to type the card
     */
    record StartedPayment(PaymentIntentId intent, URI hostedPage) {

        public StartedPayment {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(hostedPage, "hostedPage");
        }
    }
}
