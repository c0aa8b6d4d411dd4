package org.openbenefits.platform.payment;

import java.net.URI;
import java.util.Optional;

import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.domain.payment.StoredCard;

/**
 * The card gateway as the platform's side calls it, when the card is typed on the gateway's hosted payment page
 * (ADR 0012, "Implementation"): the holder confirms the card and passes 3-D Secure at the gateway, which then notifies
 * the outcome; the platform creates the intent, reads the card confirmed on it, captures, cancels and refunds. The
 * built-in simulator implements it (package {@code simulator}); a real processor's adapter would too. An unreachable
 * gateway throws.
 */
public interface CardGateway {

    /**
     * A new intent for the amount, whose hosted page sends the browser back to {@code returnTo} and nowhere else; the
     * same key gives the same intent.
     */
    HostedIntent create(OrderNumber order, Money amount, URI returnTo, String key);

    /** The card confirmed on the intent (token, brand, last four), once the holder typed it; empty for no such intent. */
    Optional<StoredCard> confirmedCard(PaymentIntentId intent);

    /** Takes the authorised amount; capturing a captured intent again changes nothing. */
    void capture(PaymentIntentId intent);

    /** Releases an intent under way; cancelling a cancelled or failed one changes nothing. */
    void cancel(PaymentIntentId intent);

    /** Gives back part of what was captured, once per key. */
    void refund(PaymentIntentId intent, Money amount, String key);

    /**
     * An intent created at the gateway.
     *
     * @param id         the gateway's id
     * @param hostedPage its hosted payment page
     */
    record HostedIntent(PaymentIntentId id, URI hostedPage) {
    }
}
