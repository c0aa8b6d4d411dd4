package org.openbenefits.platform.allowance;

import java.util.List;

import org.openbenefits.domain.money.Money;

/**
 * What a gift-cheque campaign would do to its recipients' URSSAF exemption in the year it is given
 * ({@link GiftChequeExposure}): an assessment, or none when that year's PMSS is not known yet.
 */
public sealed interface UrssafExposure {

    /** The calendar year the campaign would be given in (Paris). */
    int year();

    /**
     * @param threshold        the year's exemption threshold per employee (or per child for children's events)
     * @param subjectEmployees how many recipients would owe contributions on some of their gift cheques
     * @param subjectAmount    the total subject to contributions, over those recipients
     * @param lines            the subject recipients, at most {@value GiftChequeExposure#MAX_LINES}, largest first
     */
    record Assessed(int year, Money threshold, int subjectEmployees, Money subjectAmount, List<SubjectEmployee> lines)
            implements UrssafExposure {

        public Assessed {
            lines = List.copyOf(lines);
        }
    }

    /** The platform does not know the year's PMSS yet: HR must check the exposure before confirming. */
    record ThresholdUnknown(int year) implements UrssafExposure {
    }

    /**
     * One recipient whose gift cheques of the year would be partly or wholly subject to contributions.
     *
     * @param earlier      their gift cheques already given this year (less what revocations returned)
     * @param thisCampaign what this campaign would give them
     * @param subject      the amount subject to contributions, this campaign included
     */
    record SubjectEmployee(long employeeId, String name, Money earlier, Money thisCampaign, Money subject) {
    }
}
