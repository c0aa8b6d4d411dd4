package org.openbenefits.domain.allowance;

import java.time.LocalDate;
import java.time.Period;
import org.openbenefits.domain.urssaf.UrssafEvent;

/**
 * Which children count for a per-child amount, by children's URSSAF event and calendar year (the year the gift
 * cheques are given). Only children born by the end of that year count, and:
 * <ul>
 *   <li>children's Christmas ({@link UrssafEvent#NOEL_ENFANT}): children aged 16 or less during the year, that is
 *       born in or after {@code year - 16};</li>
 *   <li>back to school ({@link UrssafEvent#RENTREE_SCOLAIRE}): children still under 26 on 31 December of the
 *       year.</li>
 * </ul>
 */
public final class ChildEligibility {

    /** Back to school: children under this age on 31 December count. */
    public static final int AGE_LIMIT = 26;
    /** Children's Christmas: children aged at most this during the year count. */
    public static final int CHRISTMAS_MAX_AGE = 16;

    private ChildEligibility() {
    }

    /**
     * @param event a children's event ({@link UrssafEvent#perBeneficiary()})
     * @throws IllegalArgumentException for an event that is not judged per child
     */
    public static boolean eligible(LocalDate birthDate, int year, UrssafEvent event) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        if (birthDate.isAfter(endOfYear)) {
            return false;
        }
        return switch (event) {
            case NOEL_ENFANT -> birthDate.getYear() >= year - CHRISTMAS_MAX_AGE;
            case RENTREE_SCOLAIRE -> Period.between(birthDate, endOfYear).getYears() < AGE_LIMIT;
            default -> throw new IllegalArgumentException("Not a children's event: " + event);
        };
    }
}
