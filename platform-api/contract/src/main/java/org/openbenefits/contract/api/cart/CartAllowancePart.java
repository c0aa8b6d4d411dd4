package org.openbenefits.contract.api.cart;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * What one of the employee's grants pays of a cart line (or of the shipping fee).
 *
 * @param grantId      the grant, as the wallet lists it
 * @param kind         SUBSIDY, CULTURE_CHEQUE or GIFT_CHEQUE
 * @param campaignName the campaign that gave it
 */
@Serdeable
public record CartAllowancePart(long grantId,
                                @Schema(requiredMode = REQUIRED,
                                        allowableValues = {"SUBSIDY", "CULTURE_CHEQUE", "GIFT_CHEQUE"}) String kind,
                                String campaignName,
                                @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long amountCents) {
}
