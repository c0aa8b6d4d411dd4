package org.openbenefits.contract.api.order;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/** The shipping fee of an order with postal lines, and what paid it: only "any category" allowances, and the card. */
@Serdeable
public record OrderShipping(@Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long feeCents,
                            List<PaidPart> parts,
                            @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long cardCents) {

    public OrderShipping {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }
}
