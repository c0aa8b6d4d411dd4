package org.openbenefits.contract.api.allowance;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * A confirmed campaign and where its money stands.
 *
 * @param grants         how many grants it distributed
 * @param distributedCents the total it took from the budget
 * @param remainingCents what its grants still hold
 * @param returnedCents  what came back to the budget by revocation or expiry
 * @param createdBy      the HR manager's name
 */
@Serdeable
public record CampaignView(long id,
                           @Schema(requiredMode = REQUIRED,
                                   allowableValues = {"SUBSIDY", "CULTURE_CHEQUE", "GIFT_CHEQUE"})
                           String kind, String name,
                           @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long amountCents,
                           boolean perChild,
                           LocalDate validFrom, LocalDate validTo, List<String> categories,
                           @Nullable Integer maxSharePercent, @Nullable String urssafEvent, String target,
                           @Nullable String targetValue, int grants,
                           @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long distributedCents,
                           @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long remainingCents,
                           @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long returnedCents,
                           String createdBy,
                           Instant createdAt) {

    public CampaignView {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
