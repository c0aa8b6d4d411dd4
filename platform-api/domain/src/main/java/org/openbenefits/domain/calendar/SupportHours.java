package org.openbenefits.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * When support answers live (docs/domain-rules.md, "Business calendar: ship-by date and support hours"): on
 * {@linkplain BusinessCalendar business days}, 9:00-12:30 and 14:00-18:00, Paris time. Outside these hours the portal
 * offers the contact form instead of the chat and the phone number, and says when support opens next.
 */
public final class SupportHours {

    /** The opening periods of every business day, in order. */
    public static final List<Period> DAILY = List.of(
            new Period(LocalTime.of(9, 0), LocalTime.of(12, 30)),
            new Period(LocalTime.of(14, 0), LocalTime.of(18, 0)));

    private SupportHours() {
    }

    /**
     * One opening period of a business day, Paris time.
     *
     * @param opens  the first moment support is open
     * @param closes the first moment it is closed again (12:30 is already lunch)
     */
    public record Period(LocalTime opens, LocalTime closes) {

        public Period {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("A period opens before it closes: " + opens + "-" + closes);
            }
        }

        /** Whether the Paris time of day falls within the period. */
        public boolean contains(LocalTime time) {
            return !time.isBefore(opens) && time.isBefore(closes);
        }
    }

    /** Whether support is open at that instant. */
    public static boolean isOpen(Instant at) {
        ZonedDateTime inParis = at.atZone(BusinessCalendar.PARIS);
        LocalTime time = inParis.toLocalTime();
        return BusinessCalendar.isBusinessDay(inParis.toLocalDate())
                && DAILY.stream().anyMatch(period -> period.contains(time));
    }

    /** The first instant at or after {@code at} when support is open: {@code at} itself when it is open then. */
    public static Instant nextOpening(Instant at) {
        if (isOpen(at)) {
            return at;
        }
        LocalDate day = BusinessCalendar.dayInParis(at);
        // Ends within days: the first business day's morning opening is always after a closed instant.
        while (true) {
            if (BusinessCalendar.isBusinessDay(day)) {
                for (Period period : DAILY) {
                    Instant opens = day.atTime(period.opens()).atZone(BusinessCalendar.PARIS).toInstant();
                    if (opens.isAfter(at)) {
                        return opens;
                    }
                }
            }
            day = day.plusDays(1);
        }
    }
}
