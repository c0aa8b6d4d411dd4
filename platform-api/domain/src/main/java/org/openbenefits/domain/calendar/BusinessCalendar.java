package org.openbenefits.domain.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's business days (docs/domain-rules.md, "Business calendar: ship-by date and support hours"): Monday to
 * Friday in Europe/Paris, except French {@linkplain PublicHoliday public holidays}. Postal orders ship and support
 * answers on these days only.
 */
public final class BusinessCalendar {

    /** The time zone of every business date and opening hour of the platform. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private BusinessCalendar() {
    }

    /** The day in Paris at that instant, whatever offset the instant was written with. */
    public static LocalDate dayInParis(Instant instant) {
        return LocalDate.ofInstant(instant, PARIS);
    }

    /** Whether the day is a weekday that is not a public holiday. */
    public static boolean isBusinessDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !PublicHoliday.isPublicHoliday(day);
    }

    /** The first business day strictly after the day: a Friday's is the Monday, unless that is a holiday. */
    public static LocalDate nextBusinessDayAfter(LocalDate day) {
        return businessDayOnOrAfter(day.plusDays(1));
    }

    /** The day itself if it is a business day, otherwise the first business day after it. */
    public static LocalDate businessDayOnOrAfter(LocalDate day) {
        LocalDate candidate = day;
        // At most a few days: no week of the year is made of holidays and a weekend only.
        while (!isBusinessDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
