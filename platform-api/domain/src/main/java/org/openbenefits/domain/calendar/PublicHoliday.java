package org.openbenefits.domain.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Arrays;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The eleven public holidays of France (Code du travail, L3133-1), on which no order ships and support is closed
 * (docs/domain-rules.md, "Business calendar: ship-by date and support hours"). Eight fall on a fixed day; Easter
 * Monday, Ascension and Whit Monday are counted from {@link Easter}, so every year is computed and none is listed.
 * The local holidays of Alsace-Moselle (Good Friday, 26 December) are not national and are not here.
 */
public enum PublicHoliday {
    NEW_YEARS_DAY(fixed(1, 1)),
    EASTER_MONDAY(daysAfterEaster(1)),
    LABOUR_DAY(fixed(5, 1)),
    VICTORY_IN_EUROPE_DAY(fixed(5, 8)),
    ASCENSION_DAY(daysAfterEaster(39)),
    WHIT_MONDAY(daysAfterEaster(50)),
    BASTILLE_DAY(fixed(7, 14)),
    ASSUMPTION_DAY(fixed(8, 15)),
    ALL_SAINTS_DAY(fixed(11, 1)),
    ARMISTICE_DAY(fixed(11, 11)),
    CHRISTMAS_DAY(fixed(12, 25));

    private final Function<Year, LocalDate> dateInYear;

    PublicHoliday(Function<Year, LocalDate> dateInYear) {
        this.dateInYear = dateInYear;
    }

    /** The day this holiday falls on in the year. */
    public LocalDate dateIn(Year year) {
        return dateInYear.apply(year);
    }

    /**
     * The days of the year that are public holidays, in date order: eleven, or ten in a year where Ascension falls on
     * 1 or 8 May (2008: 1 May).
     */
    public static SortedSet<LocalDate> datesIn(Year year) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (PublicHoliday holiday : values()) {
            dates.add(holiday.dateIn(year));
        }
        return Collections.unmodifiableSortedSet(dates);
    }

    /** Whether the day is a public holiday in France. */
    public static boolean isPublicHoliday(LocalDate day) {
        Year year = Year.of(day.getYear());
        return Arrays.stream(values()).anyMatch(holiday -> holiday.dateIn(year).equals(day));
    }

    private static Function<Year, LocalDate> fixed(int month, int dayOfMonth) {
        MonthDay day = MonthDay.of(month, dayOfMonth);
        return year -> year.atMonthDay(day);
    }

    private static Function<Year, LocalDate> daysAfterEaster(int days) {
        return year -> Easter.sundayIn(year).plusDays(days);
    }
}
