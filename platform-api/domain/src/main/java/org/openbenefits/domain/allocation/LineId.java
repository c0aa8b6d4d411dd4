package org.openbenefits.domain.allocation;

import java.util.Objects;

/**
 * Identifies a line of a cart.
 *
 * @param value the identifier, not blank
 */
public record LineId(String value) {

    public LineId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A line id is not blank");
        }
    }

    public static LineId of(String value) {
        return new LineId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
