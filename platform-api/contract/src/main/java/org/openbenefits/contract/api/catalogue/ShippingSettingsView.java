package org.openbenefits.contract.api.catalogue;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * What a cart with a postal line pays for shipping: the fee, unless its lines after discount reach the threshold.
 * Also what a platform admin sends to change them (each 0 to 1,000.00 EUR).
 *
 * @param feeCents      the flat fee
 * @param freeFromCents the lines' total from which shipping is free, that amount included
 */
@Serdeable
public record ShippingSettingsView(@Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long feeCents,
                                   @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long freeFromCents) {
}
