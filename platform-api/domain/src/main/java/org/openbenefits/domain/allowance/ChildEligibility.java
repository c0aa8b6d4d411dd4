package org.openbenefits.domain.allowance;

import java.time.LocalDate;
import java.time.Period;

/**
 * Which children count for a per-child amount (the children's URSSAF events): those born by the end of the
 * campaign's year and still under 26 on 31 December of that year.
 */
public final class ChildEligibility {

    public static final int AGE_LIMIT = 26;

    private ChildEligibility() {
    }

    public static boolean eligible(LocalDate birthDate, int year) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        return !birthDate.isAfter(endOfYear) && Period.between(birthDate, endOfYear).getYears() < AGE_LIMIT;
    }
}
