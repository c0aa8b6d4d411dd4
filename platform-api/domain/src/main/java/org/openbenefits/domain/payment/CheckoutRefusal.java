package org.openbenefits.domain.payment;

import java.util.List;

import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * The refusals of checkout itself (docs/domain-rules.md, "Checkout and orders"), beside the cart's ({@code cart.*}),
 * the card payment's and the idempotency key's ({@link PaymentRefusal}). {@code order} is an order number.
 */
public enum CheckoutRefusal implements RefusalCode {

    /**
     * A grant's balance changed between the quote and the hold (a revocation, an expiry, another checkout): nothing
     * was held; the employee sees the new allocation and checks out again.
     */
    BALANCE_CHANGED("checkout.balance-changed", RefusalKind.CONFLICT),
    /** The order's holds were released after its hold time: nothing can be paid on it any more, check out again. */
    ORDER_EXPIRED("checkout.order-expired", RefusalKind.CONFLICT, "order"),

    /** Field {@code returnTo}: not a page of the employee portal (a tampered return URL). */
    RETURN_URL_NOT_PORTAL("checkout.return-url-not-portal", RefusalKind.FIELD),
    /** Field {@code postalAddress}: given for a cart without a postal line, to which nothing is posted. */
    POSTAL_ADDRESS_NOT_NEEDED("checkout.postal-address-not-needed", RefusalKind.FIELD);

    private final String code;
    private final RefusalKind kind;
    private final List<String> parameters;

    CheckoutRefusal(String code, RefusalKind kind, String... parameters) {
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
