package org.openbenefits.contract.api.allowance;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

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
public record CampaignPreview(int recipients, long totalCostCents, long budgetBalanceCents, long shortfallCents,
                              @Nullable UrssafPreview urssaf) {

    /**
     * The gift cheques of the campaign's year, per employee, as URSSAF would judge them with this campaign added.
     *
     * @param year                 the calendar year of the campaign's first valid day
     * @param thresholdCents       5% of that year's PMSS, rounded down to the euro
     * @param subjectEmployees     how many recipients would owe contributions on some of their gift cheques
     * @param subjectAmountCents   the total amount subject to contributions, over those employees
     * @param subjectLines         the subject employees, at most 200, largest subject amount first
     */
    @Serdeable
    public record UrssafPreview(int year, long thresholdCents, int subjectEmployees, long subjectAmountCents,
                                List<SubjectEmployee> subjectLines) {

        public UrssafPreview {
            subjectLines = subjectLines == null ? List.of() : List.copyOf(subjectLines);
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
    public record SubjectEmployee(long employeeId, String name, long earlierGiftChequesCents, long thisCampaignCents,
                                  long subjectCents) {
    }
}
