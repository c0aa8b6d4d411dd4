package org.openbenefits.contract.api.order;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * What one allowance paid of a line or of the shipping fee.
 *
 * @param kind         the allowance's kind
 * @param campaignName the campaign that gave it, as HR named it
 */
@Serdeable
public record PaidPart(@Schema(requiredMode = REQUIRED, allowableValues = {"SUBSIDY", "CULTURE_CHEQUE", "GIFT_CHEQUE"})
                       String kind,
                       String campaignName,
                       @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long amountCents) {
}
