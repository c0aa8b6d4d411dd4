package org.openbenefits.domain.pricing;

import java.util.Objects;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.money.Money;

/**
 * One line of a cart as pricing sees it, before any discount.
 *
 * @param id        the line's identifier, the same one allocation and the order use
 * @param category  the catalogue category code, e.g. {@code BOOKS}
 * @param delivery  how it is delivered
 * @param unitPrice the price of one item, never negative
 * @param quantity  how many items, at least one
 */
public record CartItem(LineId id, String category, Delivery delivery, Money unitPrice, int quantity) {

    public CartItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (category.isBlank()) {
            throw new IllegalArgumentException("A line has a category: " + id);
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("A unit price is never negative: " + id);
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("A line has at least one item: " + id);
        }
    }

    /** The unit price times the quantity. */
    public Money gross() {
        return unitPrice.times(quantity);
    }
}
