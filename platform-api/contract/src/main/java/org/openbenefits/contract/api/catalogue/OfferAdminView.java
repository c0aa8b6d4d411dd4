package org.openbenefits.contract.api.catalogue;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Creator;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * An offer as platform admins see it. Its e-ticket codes are never shown: only how many are left and issued.
 *
 * @param stockKind      COUNT (a number the admin sets) or CODES (e-ticket codes uploaded as CSV)
 * @param availableStock units that can still be sold: the count, or the codes not yet issued
 * @param issuedCodes    codes already issued to orders (0 for a COUNT stock)
 * @param lowStock       5 units or fewer left, but not none
 * @param soldOut        nothing left
 * @param hasImage       the offer has a picture (GET /api/v1/platform/offers/{id}/image)
 * @param employerIds    the only employers whose employees see it; every employer when empty
 */
@Serdeable
public record OfferAdminView(long id, String title, String description,
                             @Schema(requiredMode = REQUIRED, allowableValues = {"CINEMA", "SHOWS", "MUSEUMS", "BOOKS",
                                     "MUSIC", "PARKS", "SPORTS", "GIFTCARDS"}) String category,
                             @Schema(requiredMode = REQUIRED,
                                     allowableValues = {"E_TICKET", "E_GIFT_CARD", "POSTAL"}) String delivery,
                             @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long publicPriceCents,
                             @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long employeePriceCents,
                             String conditions, String validity, int maxPerOrder, boolean published,
                             List<Long> employerIds,
                             @Schema(requiredMode = REQUIRED, allowableValues = {"COUNT", "CODES"}) String stockKind,
                             long availableStock, long issuedCodes, boolean lowStock, boolean soldOut,
                             boolean hasImage,
                             Instant createdAt, Instant updatedAt) {

    @Creator
    public OfferAdminView {
        employerIds = employerIds == null ? List.of() : List.copyOf(employerIds);
    }
}
