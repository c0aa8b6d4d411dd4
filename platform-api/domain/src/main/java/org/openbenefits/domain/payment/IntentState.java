package org.openbenefits.domain.payment;

/**
 * Where a payment intent stands, as real card processors model it (docs/domain-rules.md, "Payment"). An intent is
 * {@link #CREATED} for an amount, confirmed with a card into {@link #REQUIRES_ACTION} (a 3-D Secure challenge),
 * {@link #AUTHORISED} or {@link #FAILED}; an authorised amount is {@link #CAPTURED} or {@link #CANCELLED}; a captured
 * one may be refunded in parts ({@link #PARTIALLY_REFUNDED}) up to all of it ({@link #REFUNDED}).
 */
public enum IntentState {
    CREATED,
    REQUIRES_ACTION,
    AUTHORISED,
    CAPTURED,
    PARTIALLY_REFUNDED,
    REFUNDED,
    CANCELLED,
    FAILED;

    /** Whether nothing can happen to the intent any more. */
    public boolean isFinal() {
        return this == REFUNDED || this == CANCELLED || this == FAILED;
    }

    /** Whether the card may still be charged: the payment is under way, neither paid nor over. */
    public boolean isUnderWay() {
        return this == CREATED || this == REQUIRES_ACTION || this == AUTHORISED;
    }

    /** Whether the money was taken from the card (and perhaps partly given back). */
    public boolean isCaptured() {
        return this == CAPTURED || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }
}
