package org.openbenefits.contract.api.allowance;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The employer budget that funds allowance campaigns.
 *
 * @param balanceCents       what is available for campaigns, never negative
 * @param pendingTopUpsCents recorded top-ups a platform admin has not confirmed yet
 * @param topUps             the employer's top-ups, newest first
 */
@Serdeable
public record BudgetView(long balanceCents, long pendingTopUpsCents, List<TopUpView> topUps) {

    public BudgetView {
        topUps = topUps == null ? List.of() : List.copyOf(topUps);
    }
}
