package org.openbenefits.domain.payment;

import java.util.Objects;

/**
 * A card as the employee typed it at checkout, every field checked ({@link CheckCard}): handed to the gateway, never
 * stored. Its {@code toString} shows the brand and the last four digits only.
 */
public final class TypedCard {

    private final CardNumber number;
    private final CardExpiry expiry;
    private final SecurityCode securityCode;

    TypedCard(CardNumber number, CardExpiry expiry, SecurityCode securityCode) {
        this.number = Objects.requireNonNull(number, "number");
        this.expiry = Objects.requireNonNull(expiry, "expiry");
        this.securityCode = Objects.requireNonNull(securityCode, "securityCode");
    }

    public CardNumber number() {
        return number;
    }

    public CardExpiry expiry() {
        return expiry;
    }

    public SecurityCode securityCode() {
        return securityCode;
    }

    public CardBrand brand() {
        return number.brand();
    }

    @Override
    public String toString() {
        return brand() + " " + number + " " + expiry;
    }
}
