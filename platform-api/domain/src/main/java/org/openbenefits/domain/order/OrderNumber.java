package org.openbenefits.domain.order;

import java.util.Objects;

/**
 * The number an order is known by, readable by its employee and by support (e.g. {@code CMD-2026-000123}).
 *
 * @param value the number, not blank
 */
public record OrderNumber(String value) {

    public OrderNumber {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("An order number is not blank");
        }
    }

    public static OrderNumber of(String value) {
        return new OrderNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
