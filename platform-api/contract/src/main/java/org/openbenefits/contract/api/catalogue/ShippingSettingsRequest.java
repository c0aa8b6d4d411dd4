package org.openbenefits.contract.api.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * New shipping settings, both required (0 is a value: free shipping for every cart, or always).
 *
 * @param feeCents      the flat fee, 0 to 1,000.00 EUR
 * @param freeFromCents the lines' total from which shipping is free, 0 to 1,000.00 EUR
 */
@Serdeable
public record ShippingSettingsRequest(@Schema(description = Amounts.CENTS) @Nullable Long feeCents,
                                      @Schema(description = Amounts.CENTS) @Nullable Long freeFromCents) {
}
