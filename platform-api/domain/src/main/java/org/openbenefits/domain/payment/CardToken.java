package org.openbenefits.domain.payment;

import java.util.Objects;

/**
 * The gateway's reference to a card it holds: what the platform charges and refunds with, instead of a number.
 *
 * @param value the gateway's token, not blank
 */
public record CardToken(String value) {

    public CardToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A card token is not blank");
        }
    }
}
