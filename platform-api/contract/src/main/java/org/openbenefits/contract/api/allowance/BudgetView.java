package org.openbenefits.contract.api.allowance;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * The employer budget that funds allowance campaigns.
 *
 * @param balanceCents       what is available for campaigns, never negative
 * @param pendingTopUpsCents recorded top-ups a platform admin has not confirmed yet
 * @param topUps             the employer's top-ups, newest first
 */
@Serdeable
public record BudgetView(@Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long balanceCents,
                         @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long pendingTopUpsCents,
                         List<TopUpView> topUps) {

    public BudgetView {
        topUps = topUps == null ? List.of() : List.copyOf(topUps);
    }
}
