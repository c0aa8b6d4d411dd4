package org.openbenefits.domain.order;

import java.util.Objects;

/**
 * The shipping fee an order with postal lines paid, a line of its own at checkout.
 *
 * @param paid     what each grant and the card paid of it
 * @param refunded whether it was refunded already (its postal lines all cancelled)
 */
public record ShippingFee(PaidParts paid, boolean refunded) {

    public ShippingFee {
        Objects.requireNonNull(paid, "paid");
    }

    /** A fee just paid, not refunded. */
    public static ShippingFee newlyPaid(PaidParts paid) {
        return new ShippingFee(paid, false);
    }
}
