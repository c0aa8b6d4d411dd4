package org.openbenefits.domain.calendar;

import java.time.LocalDate;
import java.time.Year;

/**
 * The date of Easter Sunday in the Gregorian calendar, from which France's movable public holidays are counted
 * (docs/domain-rules.md, "Business calendar: ship-by date and support hours"). Computed, never listed: the anonymous
 * Gregorian algorithm (Meeus/Jones/Butcher), valid for every year since the calendar's adoption in 1583.
 */
public final class Easter {

    /** The first year of the Gregorian calendar, before which the algorithm means nothing. */
    public static final int FIRST_GREGORIAN_YEAR = 1583;

    private Easter() {
    }

    /** Easter Sunday of the year: a Sunday between 22 March and 25 April. */
    public static LocalDate sundayIn(Year year) {
        int y = year.getValue();
        if (y < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("Easter is computed for Gregorian years, from 1583: " + year);
        }
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
