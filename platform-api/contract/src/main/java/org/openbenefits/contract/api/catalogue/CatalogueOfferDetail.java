package org.openbenefits.contract.api.catalogue;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * An offer's page for the employee, with what their own active allowances would pay for one unit today, as checkout
 * would allocate it, and what the card would pay.
 *
 * @param availability    IN_STOCK, LOW (5 units or fewer: {@code remaining} says how many) or SOLD_OUT
 * @param remaining       for LOW only, the units left
 * @param allowancesCents what the employee's allowances would pay of one unit
 * @param cardCents       what the card would pay of one unit
 * @param hasImage        whether the offer has a picture ({@link CatalogueApiClient#image(long)})
 */
@Serdeable
public record CatalogueOfferDetail(long id, String title, String description,
                                   @Schema(requiredMode = REQUIRED, allowableValues = {"CINEMA", "SHOWS", "MUSEUMS",
                                           "BOOKS", "MUSIC", "PARKS", "SPORTS", "GIFTCARDS"}) String category,
                                   @Schema(requiredMode = REQUIRED,
                                           allowableValues = {"E_TICKET", "E_GIFT_CARD", "POSTAL"}) String delivery,
                                   @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long publicPriceCents,
                                   @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long employeePriceCents,
                                   String conditions, String validity, int maxPerOrder,
                                   @Schema(requiredMode = REQUIRED,
                                           allowableValues = {"IN_STOCK", "LOW", "SOLD_OUT"}) String availability,
                                   @Nullable Long remaining,
                                   @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long allowancesCents,
                                   @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long cardCents,
                                   @Schema(requiredMode = REQUIRED, description = "Whether the offer has a picture, "
                                           + "served at /api/v1/catalogue/offers/{id}/image") boolean hasImage) {
}
