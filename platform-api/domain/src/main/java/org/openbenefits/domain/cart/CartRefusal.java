package org.openbenefits.domain.cart;

import java.util.List;

import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * Why a cart cannot be checked out as it is, or a line cannot be put in it (docs/domain-rules.md, "Cart"). {@code offer}
 * is an offer id, {@code title} its title as the employee saw it, amounts {@code Money}. A cart is never changed
 * behind the employee's back: a price or a stock that moved since the cart was filled is said, and checkout refuses
 * until the employee has seen it.
 */
public enum CartRefusal implements RefusalCode {

    /** Nothing to check out. */
    EMPTY("cart.empty", RefusalKind.CONFLICT),
    /** No such offer for this employee: unknown, unpublished, or restricted to other employers. */
    OFFER_UNAVAILABLE("cart.offer-unavailable", RefusalKind.NOT_FOUND, "offer"),
    /** Nothing left of the offer. */
    SOLD_OUT("cart.sold-out", RefusalKind.CONFLICT, "offer", "title"),
    /** More asked than the {@code available} units left. */
    QUANTITY_ABOVE_STOCK("cart.quantity-above-stock", RefusalKind.CONFLICT, "offer", "title", "available"),
    /** More asked than one order may hold: {@code maximum}. */
    QUANTITY_ABOVE_MAXIMUM("cart.quantity-above-maximum", RefusalKind.CONFLICT, "offer", "title", "maximum"),
    /** The unit price is {@code now}, not the {@code before} the employee saw. */
    PRICE_CHANGED("cart.price-changed", RefusalKind.CONFLICT, "offer", "title", "before", "now"),
    /** A cart holds at most {@code maximum} different offers. */
    TOO_MANY_LINES("cart.too-many-lines", RefusalKind.FIELD, "maximum");

    private final String code;
    private final RefusalKind kind;
    private final List<String> parameters;

    CartRefusal(String code, RefusalKind kind, String... parameters) {
        this.code = code;
        this.kind = kind;
        this.parameters = List.of(parameters);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RefusalKind kind() {
        return kind;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
