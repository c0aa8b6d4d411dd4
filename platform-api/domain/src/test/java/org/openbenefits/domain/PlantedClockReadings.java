package org.openbenefits.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * Reads the system clock in every way {@link SystemClockReading} knows, one method each, so that
 * {@link ArchitectureTest} can prove the rule catches them all. A test class: the domain's own check never sees it.
 */
final class PlantedClockReadings {

    /** The methods below that must be reported, by name. */
    static final List<String> READINGS = List.of("instant", "localDate", "localDateInZone", "localDateTime",
            "localTime", "zonedDateTime", "offsetDateTime", "offsetTime", "year", "yearMonth", "monthDay",
            "systemUtc", "systemDefaultZone", "systemInZone", "instantSource", "currentTimeMillis", "nanoTime",
            "methodReference", "date", "calendar", "gregorianCalendar");

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Clock clock;

    PlantedClockReadings(Clock clock) {
        this.clock = clock;
    }

    Object instant() {
        return Instant.now();
    }

    Object localDate() {
        return LocalDate.now();
    }

    Object localDateInZone() {
        return LocalDate.now(PARIS);
    }

    Object localDateTime() {
        return LocalDateTime.now();
    }

    Object localTime() {
        return LocalTime.now();
    }

    Object zonedDateTime() {
        return ZonedDateTime.now();
    }

    Object offsetDateTime() {
        return OffsetDateTime.now();
    }

    Object offsetTime() {
        return OffsetTime.now();
    }

    Object year() {
        return Year.now();
    }

    Object yearMonth() {
        return YearMonth.now();
    }

    Object monthDay() {
        return MonthDay.now();
    }

    Object systemUtc() {
        return Clock.systemUTC();
    }

    Object systemDefaultZone() {
        return Clock.systemDefaultZone();
    }

    Object systemInZone() {
        return Clock.system(PARIS);
    }

    Object instantSource() {
        return InstantSource.system();
    }

    long currentTimeMillis() {
        return System.currentTimeMillis();
    }

    long nanoTime() {
        return System.nanoTime();
    }

    Object methodReference() {
        Supplier<Instant> now = Instant::now;
        return now;
    }

    Object date() {
        return new Date();
    }

    Object calendar() {
        return Calendar.getInstance();
    }

    Object gregorianCalendar() {
        return new GregorianCalendar(TimeZone.getTimeZone(PARIS));
    }

    /** The allowed way: the injected clock, and dates built from values. */
    Object fromTheInjectedClock() {
        return List.of(LocalDate.now(clock), Instant.now(clock), ZonedDateTime.now(clock), Year.now(clock),
                LocalDate.of(2026, 1, 1), new Date(0L), new GregorianCalendar(2026, 0, 1), clock.instant());
    }
}
