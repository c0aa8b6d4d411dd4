package org.openbenefits.contract.api.order;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * One line of an order, as bought, with its fulfilment state and what paid it.
 *
 * @param id        the line's id, which a cancellation names
 * @param state     PAID (nothing done yet), SENT, PREPARING, SHIPPED, DELIVERED or CANCELLED; PAID also on an order
 *                  not yet paid, whose status tells
 * @param netCents  the line's amount after its part of the discount: its parts and cardCents add up to it
 * @param parts     what each allowance paid of it
 * @param cardCents what the card paid of it
 */
@Serdeable
public record OrderLineView(@Schema(requiredMode = REQUIRED) long id, long offerId, String title,
                            @Schema(requiredMode = REQUIRED, allowableValues = {"CINEMA", "SHOWS", "MUSEUMS", "BOOKS",
                                    "MUSIC", "PARKS", "SPORTS", "GIFTCARDS"}) String category,
                            @Schema(requiredMode = REQUIRED, allowableValues = {"E_TICKET", "E_GIFT_CARD", "POSTAL"})
                            String delivery,
                            @Schema(requiredMode = REQUIRED) int quantity,
                            @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long unitPriceCents,
                            @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long grossCents,
                            @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long discountCents,
                            @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long netCents,
                            @Schema(requiredMode = REQUIRED, allowableValues = {"PAID", "SENT", "PREPARING", "SHIPPED",
                                    "DELIVERED", "CANCELLED"}) String state,
                            List<PaidPart> parts,
                            @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long cardCents) {

    public OrderLineView {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }
}
