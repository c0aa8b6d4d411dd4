package org.openbenefits.domain.pricing;

import java.util.Objects;
import org.openbenefits.domain.money.Money;

/**
 * What a cart with a postal line pays for shipping: a flat fee, unless its lines after discount reach the threshold.
 * Settings of the platform, not rules: platform-api reads them from its configuration.
 *
 * @param fee      the flat fee, never negative
 * @param freeFrom the lines' total after discount from which shipping is free (that amount included)
 */
public record ShippingSettings(Money fee, Money freeFrom) {

    /** 4.90 € per cart, free from 50.00 €. */
    public static final ShippingSettings DEFAULTS = new ShippingSettings(Money.euros("4.90"), Money.euros("50.00"));

    public ShippingSettings {
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(freeFrom, "freeFrom");
        if (fee.isNegative() || freeFrom.isNegative()) {
            throw new IllegalArgumentException("A shipping fee and its threshold are never negative");
        }
    }
}
