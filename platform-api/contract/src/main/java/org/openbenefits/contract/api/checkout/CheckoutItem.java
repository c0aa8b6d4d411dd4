package org.openbenefits.contract.api.checkout;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.openbenefits.contract.api.Amounts;

/**
 * One line of the cart to check out.
 *
 * @param offerId        the offer, as the catalogue shows it
 * @param quantity       how many units, 1 to 99 (the offer's own maximum per order applies too)
 * @param unitPriceCents the unit price the employee saw: a price changed since is refused ({@code cart.price-changed}),
 *                       never applied silently
 */
@Serdeable
public record CheckoutItem(
        @NotNull @Positive Long offerId,
        @NotNull @Min(1) @Max(99) Integer quantity,
        @NotNull @Min(0) @Max(100_000_000) @Schema(description = Amounts.CENTS) Long unitPriceCents) {
}
