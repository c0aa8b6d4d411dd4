package org.openbenefits.contract.api.catalogue;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * An offer in the employee's catalogue list.
 *
 * @param availability IN_STOCK, LOW (5 units or fewer: {@code remaining} says how many) or SOLD_OUT
 * @param remaining    for LOW only, the units left
 * @param hasImage     whether the offer has a picture ({@link CatalogueApiClient#image(long)})
 */
@Serdeable
public record CatalogueOfferView(long id, String title,
                                 @Schema(requiredMode = REQUIRED, allowableValues = {"CINEMA", "SHOWS", "MUSEUMS",
                                         "BOOKS", "MUSIC", "PARKS", "SPORTS", "GIFTCARDS"}) String category,
                                 @Schema(requiredMode = REQUIRED,
                                         allowableValues = {"E_TICKET", "E_GIFT_CARD", "POSTAL"}) String delivery,
                                 @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long publicPriceCents,
                                 @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long employeePriceCents,
                                 @Schema(requiredMode = REQUIRED,
                                         allowableValues = {"IN_STOCK", "LOW", "SOLD_OUT"}) String availability,
                                 @Nullable Long remaining,
                                 @Schema(requiredMode = REQUIRED, description = "Whether the offer has a picture, "
                                         + "served at /api/v1/catalogue/offers/{id}/image") boolean hasImage) {
}
