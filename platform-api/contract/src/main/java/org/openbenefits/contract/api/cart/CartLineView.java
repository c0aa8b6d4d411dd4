package org.openbenefits.contract.api.cart;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * One line of the cart, priced and allocated as checkout would now.
 *
 * @param unitPriceCents        the offer's employee price now
 * @param priceWhenAddedCents   its price when the line was added (or its quantity last set)
 * @param priceChanged          whether the two differ
 * @param availability          IN_STOCK, LOW ({@code remaining} says how many) or SOLD_OUT
 * @param remaining             for LOW only, the units left
 * @param grossCents            unit price times quantity
 * @param discountCents         its part of the advantage code's discount
 * @param netCents              what is left to pay for it
 * @param allowances            what each of the employee's grants pays of it, in priority order
 * @param cardCents             what the card pays of it
 * @param problem               what stops the line being ordered as it is (cart.sold-out,
 *                              cart.quantity-above-stock...); absent when none
 */
@Serdeable
public record CartLineView(long offerId, String title,
                           @Schema(requiredMode = REQUIRED, allowableValues = {"CINEMA", "SHOWS", "MUSEUMS", "BOOKS",
                                   "MUSIC", "PARKS", "SPORTS", "GIFTCARDS"}) String category,
                           @Schema(requiredMode = REQUIRED,
                                   allowableValues = {"E_TICKET", "E_GIFT_CARD", "POSTAL"}) String delivery,
                           int quantity,
                           @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long unitPriceCents,
                           @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long priceWhenAddedCents,
                           boolean priceChanged,
                           @Schema(requiredMode = REQUIRED,
                                   allowableValues = {"IN_STOCK", "LOW", "SOLD_OUT"}) String availability,
                           @Nullable Long remaining, int maxPerOrder,
                           @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long grossCents,
                           @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long discountCents,
                           @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long netCents,
                           List<CartAllowancePart> allowances,
                           @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long cardCents,
                           @Nullable @Schema(type = "object") CartProblem problem) {

    public CartLineView {
        allowances = allowances == null ? List.of() : List.copyOf(allowances);
    }
}
