package org.openbenefits.contract.api.allowance;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * What confirming a campaign would do, computed without writing anything.
 *
 * @param recipients         how many employees would receive a grant
 * @param totalCostCents     what the campaign would take from the budget
 * @param budgetBalanceCents the budget now
 * @param shortfallCents     how much the budget lacks; 0 when it suffices
 * @param urssaf             for gift cheques, the URSSAF assessment; null for other kinds
 */
@Serdeable
public record CampaignPreview(int recipients,
                              @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long totalCostCents,
                              @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long budgetBalanceCents,
                              @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long shortfallCents,
                              @Nullable @Schema(type = "object") UrssafPreview urssaf) {

    /**
     * The gift cheques of the campaign's year, per employee, as URSSAF would judge them with this campaign added.
     * URSSAF counts gift cheques by the calendar year they are given: the campaign's year is that of the day it is
     * confirmed (for a preview, today) in Paris, and the employee's earlier gift cheques count by the day they were
     * granted; a revoked one counts for what was not returned to the budget.
     *
     * @param year                 the calendar year the campaign would be given in (Paris)
     * @param thresholdCents       5% of that year's PMSS, rounded down to the euro; 0 when {@code thresholdUnknown}
     * @param subjectEmployees     how many recipients would owe contributions on some of their gift cheques; 0 when
     *                             {@code thresholdUnknown}
     * @param subjectAmountCents   the total amount subject to contributions, over those employees
     * @param subjectLines         the subject employees, at most 200, largest subject amount first
     * @param thresholdUnknown     true when the platform does not know that year's PMSS yet, so that the exposure to
     *                             contributions could not be computed (the other figures are then 0 and say nothing):
     *                             HR must check it before confirming; null or false when the assessment was made
     */
    @Serdeable
    public record UrssafPreview(int year,
                                @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long thresholdCents,
                                int subjectEmployees,
                                @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long subjectAmountCents,
                                List<SubjectEmployee> subjectLines, @Nullable Boolean thresholdUnknown) {

        public UrssafPreview {
            subjectLines = subjectLines == null ? List.of() : List.copyOf(subjectLines);
        }

        /** An assessment made with a known threshold. */
        public static UrssafPreview assessed(int year, long thresholdCents, int subjectEmployees,
                                             long subjectAmountCents, List<SubjectEmployee> subjectLines) {
            return new UrssafPreview(year, thresholdCents, subjectEmployees, subjectAmountCents, subjectLines, false);
        }

        /** No assessment: the year's PMSS is not known to the platform yet. */
        public static UrssafPreview unknownThreshold(int year) {
            return new UrssafPreview(year, 0, 0, 0, List.of(), true);
        }

        /** Whether the threshold, hence the exposure, is unknown ({@code thresholdUnknown} is true). */
        public boolean thresholdIsUnknown() {
            return Boolean.TRUE.equals(thresholdUnknown);
        }
    }

    /**
     * One employee whose gift cheques of the year would be partly or wholly subject to contributions.
     *
     * @param earlierGiftChequesCents their gift cheques already granted this year
     * @param thisCampaignCents       what this campaign would give them
     * @param subjectCents            the amount subject to contributions, this campaign included
     */
    @Serdeable
    public record SubjectEmployee(long employeeId, String name,
                                  @Schema(description = Amounts.CENTS, requiredMode = REQUIRED)
                                  long earlierGiftChequesCents,
                                  @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long thisCampaignCents,
                                  @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long subjectCents) {
    }
}
