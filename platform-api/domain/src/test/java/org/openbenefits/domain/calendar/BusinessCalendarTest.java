package org.openbenefits.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    @Test
    void weekdays_are_business_days_and_weekends_are_not() {
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2026, 11, 23))).as("Monday").isTrue();
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2026, 11, 27))).as("Friday").isTrue();
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2026, 11, 28))).as("Saturday").isFalse();
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2026, 11, 29))).as("Sunday").isFalse();
    }

    @Test
    void a_public_holiday_on_a_weekday_is_no_business_day() {
        assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2026, 11, 11))).as("Armistice, a Wednesday").isFalse();
    }

    @Test
    void after_a_thursday_before_a_friday_holiday_the_next_business_day_is_monday() {
        assertThat(BusinessCalendar.nextBusinessDayAfter(LocalDate.of(2026, 4, 30))).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(BusinessCalendar.nextBusinessDayAfter(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void after_31_december_the_next_business_day_is_in_the_new_year_past_new_years_day() {
        assertThat(BusinessCalendar.nextBusinessDayAfter(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(BusinessCalendar.nextBusinessDayAfter(LocalDate.of(2027, 12, 31))).isEqualTo(LocalDate.of(2028, 1, 3));
    }

    @Test
    void a_business_day_is_its_own_business_day_on_or_after() {
        assertThat(BusinessCalendar.businessDayOnOrAfter(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(BusinessCalendar.businessDayOnOrAfter(LocalDate.of(2026, 5, 23))).isEqualTo(LocalDate.of(2026, 5, 26));
    }

    @Test
    void the_day_in_paris_is_already_tomorrow_late_in_the_utc_evening() {
        assertThat(BusinessCalendar.dayInParis(Instant.parse("2026-12-31T22:59:59Z"))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(BusinessCalendar.dayInParis(Instant.parse("2026-12-31T23:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(BusinessCalendar.dayInParis(Instant.parse("2026-07-01T22:00:00Z"))).isEqualTo(LocalDate.of(2026, 7, 2));
    }
}
