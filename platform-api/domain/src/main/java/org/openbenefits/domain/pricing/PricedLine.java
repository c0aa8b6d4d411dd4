package org.openbenefits.domain.pricing;

import java.util.Objects;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.money.Money;

/**
 * One cart line priced: its gross amount, its part of the discount, and what is left to pay.
 *
 * @param item     the line as put in the cart
 * @param discount its part of the advantage code's discount, zero to its gross amount
 */
public record PricedLine(CartItem item, Money discount) {

    public PricedLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(discount, "discount");
        if (discount.isNegative() || discount.compareTo(item.gross()) > 0) {
            throw new IllegalArgumentException("A line's discount lies between zero and its amount: " + item.id());
        }
    }

    public LineId id() {
        return item.id();
    }

    /** The unit price times the quantity. */
    public Money gross() {
        return item.gross();
    }

    /** What is left to pay for the line: gross minus discount; allocation pays this. */
    public Money net() {
        return gross().minus(discount);
    }
}
