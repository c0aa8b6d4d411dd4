package org.openbenefits.domain.payment;

import java.util.Objects;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;

/**
 * The card gateway as checkout sees it, shaped like the payment intents of real card processors (ADR 0012):
 * platform-api implements it with the built-in simulator ({@link SimulatedGateway}, {@link TestCard}) and, later, a
 * real processor's adapter. Each call answers what the gateway said; checkout applies it to its {@link PaymentIntent}.
 * A gateway that cannot be reached throws: that is infrastructure, and checkout releases its holds.
 *
 * <p>Every call that can charge or refund takes a key the gateway uses to do it once however often it is sent.
 */
public interface PaymentGateway {

    /** A new intent for the order's card remainder; {@code key} makes a retried creation give the same intent. */
    PaymentIntentId create(OrderNumber order, Money amount, String key);

    /** Confirms the typed card on the intent: the card as the platform may keep it, and the gateway's answer. */
    Confirmation confirm(PaymentIntentId intent, TypedCard card);

    /** The code the holder typed on the 3-D Secure page; the answer is {@code Authorised} or {@code Declined}. */
    GatewayAnswer completeChallenge(PaymentIntentId intent, String typedCode);

    /** Takes the authorised amount. */
    void capture(PaymentIntentId intent);

    /** Releases an intent under way. */
    void cancel(PaymentIntentId intent);

    /** Gives back part of what was captured, once per {@code key}. */
    void refund(PaymentIntentId intent, Money amount, String key);

    /**
     * The answer to a confirmation.
     *
     * @param card   the token, brand and last four the gateway gives for the card
     * @param answer authorised, a challenge first, or declined
     */
    record Confirmation(StoredCard card, GatewayAnswer answer) {

        public Confirmation {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(answer, "answer");
        }
    }
}
