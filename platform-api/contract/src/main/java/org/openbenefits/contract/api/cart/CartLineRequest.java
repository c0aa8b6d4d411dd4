package org.openbenefits.contract.api.cart;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How many units of an offer the cart holds: 1 to the offer's maximum per order, within its stock.
 *
 * @param quantity the quantity, required
 */
@Serdeable
public record CartLineRequest(@Nullable @Schema(example = "2", minimum = "1") Integer quantity) {
}
