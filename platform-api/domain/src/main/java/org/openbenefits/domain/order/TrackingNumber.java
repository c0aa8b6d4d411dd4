package org.openbenefits.domain.order;

import java.util.Objects;

/**
 * The carrier's number of a shipped parcel, as the carrier wrote it (Colissimo: 13 letters and digits).
 *
 * @param value the number, not blank
 */
public record TrackingNumber(String value) {

    public TrackingNumber {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A tracking number is not blank");
        }
    }

    public static TrackingNumber of(String value) {
        return new TrackingNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
