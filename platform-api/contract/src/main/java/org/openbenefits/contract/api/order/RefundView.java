package org.openbenefits.contract.api.order;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * Where one part of a cancellation's money went.
 *
 * @param destination  GRANT (back to the allowance that paid it, still valid and not revoked), EMPLOYER_BUDGET (the
 *                     allowance that paid it expired or was revoked meanwhile: its part goes back to the employer) or
 *                     CARD (refunded to the card that paid)
 * @param grantId      the allowance that had paid this part (GRANT and EMPLOYER_BUDGET)
 * @param kind         that allowance's kind
 * @param campaignName the campaign that gave it, as HR named it
 * @param cardBrand    the card refunded (CARD): CB, VISA or MASTERCARD, with cardLast4 its last four digits
 */
@Serdeable
public record RefundView(@Schema(requiredMode = REQUIRED, allowableValues = {"GRANT", "EMPLOYER_BUDGET", "CARD"})
                         String destination,
                         @Nullable Long grantId,
                         @Nullable @Schema(allowableValues = {"SUBSIDY", "CULTURE_CHEQUE", "GIFT_CHEQUE"}) String kind,
                         @Nullable String campaignName,
                         @Nullable String cardBrand,
                         @Nullable String cardLast4,
                         @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long amountCents) {
}
