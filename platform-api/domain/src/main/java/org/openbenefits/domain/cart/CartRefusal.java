package org.openbenefits.domain.cart;

import java.util.List;

import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/** TEMPORARY copy of the lead's shared signature (shared-api.md); replaced by main's on merge. */
public enum CartRefusal implements RefusalCode {
    EMPTY("cart.empty", RefusalKind.CONFLICT),
    OFFER_UNAVAILABLE("cart.offer-unavailable", RefusalKind.NOT_FOUND, "offer"),
    SOLD_OUT("cart.sold-out", RefusalKind.CONFLICT, "offer", "title"),
    QUANTITY_ABOVE_STOCK("cart.quantity-above-stock", RefusalKind.CONFLICT, "offer", "title", "available"),
    QUANTITY_ABOVE_MAXIMUM("cart.quantity-above-maximum", RefusalKind.CONFLICT, "offer", "title", "maximum"),
    PRICE_CHANGED("cart.price-changed", RefusalKind.CONFLICT, "offer", "title", "before", "now"),
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
