package org.openbenefits.contract.api.allowance;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * The budget's movements, newest first, each with the balance just after it.
 *
 * @param balanceCents the balance now
 * @param page         from 0
 * @param total        how many movements in all
 */
@Serdeable
public record BudgetStatement(@Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long balanceCents,
                              List<Line> lines, int page,
                              int size, long total) {

    public BudgetStatement {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * One movement of the budget.
     *
     * @param kind              TOP_UP (credit), DISTRIBUTION (a campaign's grants, debit), REVOCATION and EXPIRY (a
     *                          grant's unspent balance back, credit), REFUND_AFTER_EXPIRY (cancelled order lines'
     *                          part of a grant that had expired or was revoked, credit), RELEASE (a failed or
     *                          expired checkout's part of a grant that ended meanwhile, credit)
     * @param label             what it was: the bank reference, or the campaign's name
     * @param campaignId        the campaign concerned, if any
     * @param amountCents       signed: positive credits the budget, negative debits it
     * @param balanceAfterCents the balance right after this movement
     */
    @Serdeable
    public record Line(long movementId, Instant at,
                       @Schema(requiredMode = REQUIRED,
                               allowableValues = {"TOP_UP", "DISTRIBUTION", "REVOCATION", "EXPIRY",
                               "REFUND_AFTER_EXPIRY", "RELEASE"}) String kind,
                       String label, @Nullable Long campaignId,
                       @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long amountCents,
                       @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long balanceAfterCents) {
    }
}
