package org.openbenefits.domain.payment;

import java.util.Objects;

/**
 * The gateway's id of a payment intent, e.g. {@code pi_sim_0001}.
 *
 * @param value not blank
 */
public record PaymentIntentId(String value) {

    public PaymentIntentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A payment intent id is not blank");
        }
    }

    public static PaymentIntentId of(String value) {
        return new PaymentIntentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
