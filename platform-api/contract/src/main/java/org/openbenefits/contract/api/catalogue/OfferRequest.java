package org.openbenefits.contract.api.catalogue;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;
import org.openbenefits.contract.api.MultiLineText;

/**
 * An offer as a platform admin writes it, to create one or to replace one's fields (publication and stock have their
 * own operations).
 *
 * @param category     a category code of {@code GET /api/v1/categories}
 * @param conditions   what the holder must know (days, places, ID...); empty when absent
 * @param validity     how long the ticket is valid, as it reads ("Valable 1 an", "Jusqu'au 31/12/2027")
 * @param maxPerOrder  how many units one order may hold, 1 to 20 (10 when absent)
 * @param employerIds  the only employers whose employees see the offer; every employer when empty
 */
@Serdeable
public record OfferRequest(
        @Nullable String title,
        @Nullable @MultiLineText String description,
        @Schema(allowableValues = {"CINEMA", "SHOWS", "MUSEUMS", "BOOKS", "MUSIC", "PARKS", "SPORTS", "GIFTCARDS"})
        @Nullable String category,
        @Schema(allowableValues = {"E_TICKET", "E_GIFT_CARD", "POSTAL"}) @Nullable String delivery,
        @Schema(description = Amounts.CENTS) long publicPriceCents,
        @Schema(description = Amounts.CENTS) long employeePriceCents,
        @Nullable @MultiLineText String conditions,
        @Nullable String validity,
        @Nullable Integer maxPerOrder,
        @Nullable List<Long> employerIds) {

    public OfferRequest {
        employerIds = employerIds == null ? List.of() : List.copyOf(employerIds);
    }
}
