package org.openbenefits.contract.api.allowance;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * The employee's "Mes dotations".
 *
 * @param grants  active grants first, in the order checkout spends them (kind, earliest expiry, id), then ended ones,
 *                most recent first
 * @param totals  the balance of the active grants per kind, in priority order, kinds without an active grant left out
 * @param history the movements on the employee's grants, newest first, at most 100
 */
@Serdeable
public record WalletView(List<GrantView> grants, List<KindTotal> totals, List<Movement> history) {

    public WalletView {
        grants = grants == null ? List.of() : List.copyOf(grants);
        totals = totals == null ? List.of() : List.copyOf(totals);
        history = history == null ? List.of() : List.copyOf(history);
    }

    @Serdeable
    public record KindTotal(@Schema(requiredMode = REQUIRED,
                                    allowableValues = {"SUBSIDY", "CULTURE_CHEQUE", "GIFT_CHEQUE"}) String kind,
                            @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long balanceCents) {
    }

    /**
     * A movement on one of the employee's grants.
     *
     * @param kind        DISTRIBUTION (granted), EXPIRY and REVOCATION (the unspent balance went back to the
     *                    employer), HOLD (held by a checkout awaiting payment: stays spent once the order is paid),
     *                    RELEASE (a checkout that failed or expired gave it back), REFUND (order lines cancelled gave it back), and later SPEND
     * @param amountCents signed, as the grant sees it: positive credits it
     */
    @Serdeable
    public record Movement(Instant at, long grantId, String campaignName, String grantKind,
                           @Schema(requiredMode = REQUIRED,
                                   allowableValues = {"DISTRIBUTION", "EXPIRY", "REVOCATION", "HOLD", "RELEASE",
                                           "SPEND", "REFUND"})
                           String kind,
                           @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long amountCents,
                           @Nullable String label) {
    }
}
