package org.openbenefits.domain.allowance;

import java.time.LocalDate;

/**
 * How far ahead an allowance may run: its last valid day is at most {@value #YEARS_AHEAD} years after the day it is
 * given. Allowances are spent within months; a date further away is a typing mistake (2062 for 2026), and one beyond
 * what the database can hold would break the distribution.
 */
public final class ValidityHorizon {

    /** The longest validity, counted from the day the campaign is given. */
    public static final int YEARS_AHEAD = 5;

    private ValidityHorizon() {
    }

    /** The last day an allowance given today may still be valid. */
    public static LocalDate lastAllowedDay(LocalDate today) {
        return today.plusYears(YEARS_AHEAD);
    }

    /** Whether an allowance given today may be valid until {@code lastValidDay} (inclusive). */
    public static boolean allows(LocalDate lastValidDay, LocalDate today) {
        return !lastValidDay.isAfter(lastAllowedDay(today));
    }
}
