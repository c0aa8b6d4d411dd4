package org.openbenefits.domain.invoice;

import java.util.Objects;

import org.openbenefits.domain.money.Money;

/**
 * One line of an invoice, as the order was priced: the offer's title, how many, the unit price, and the line's share
 * of the advantage code's discount.
 *
 * @param title     the offer's title when ordered
 * @param quantity  how many, at least 1
 * @param unitPrice the employee price of one, not negative
 * @param discount  the line's share of the discount, from zero to its gross amount
 */
public record InvoiceLine(String title, int quantity, Money unitPrice, Money discount) {

    public InvoiceLine {
        title = InvoiceText.required("line title", title);
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(discount, "discount");
        if (quantity < 1) {
            throw new IllegalArgumentException("An invoice line has a quantity of 1 or more: " + quantity);
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("A unit price is never negative: " + unitPrice);
        }
        if (discount.isNegative() || discount.compareTo(unitPrice.times(quantity)) > 0) {
            throw new IllegalArgumentException("A line's discount lies between zero and its amount: " + title);
        }
    }

    /** The unit price times the quantity. */
    public Money gross() {
        return unitPrice.times(quantity);
    }

    /** What the line costs after its discount. */
    public Money net() {
        return gross().minus(discount);
    }
}
