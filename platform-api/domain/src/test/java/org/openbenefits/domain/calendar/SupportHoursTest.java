package org.openbenefits.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SupportHoursTest {

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @Test
    void support_is_open_from_9_00_to_12_30_and_from_14_00_to_18_00_on_a_business_day() {
        assertThat(SupportHours.isOpen(at("2026-11-23T08:59:59.999+01:00"))).isFalse();
        assertThat(SupportHours.isOpen(at("2026-11-23T09:00:00+01:00"))).isTrue();
        assertThat(SupportHours.isOpen(at("2026-11-23T12:29:59.999+01:00"))).isTrue();
        assertThat(SupportHours.isOpen(at("2026-11-23T12:30:00+01:00"))).isFalse();
        assertThat(SupportHours.isOpen(at("2026-11-23T13:59:59.999+01:00"))).isFalse();
        assertThat(SupportHours.isOpen(at("2026-11-23T14:00:00+01:00"))).isTrue();
        assertThat(SupportHours.isOpen(at("2026-11-23T17:59:59.999999999+01:00"))).isTrue();
        assertThat(SupportHours.isOpen(at("2026-11-23T18:00:00+01:00"))).isFalse();
    }

    @Test
    void when_support_is_open_the_next_opening_is_now() {
        Instant open = at("2026-11-23T10:15:30.5+01:00");

        assertThat(SupportHours.nextOpening(open)).isEqualTo(open);
    }

    @Test
    void during_the_lunch_break_support_opens_again_at_14_00() {
        assertThat(SupportHours.nextOpening(at("2026-11-23T12:30:00+01:00"))).isEqualTo(at("2026-11-23T14:00:00+01:00"));
    }

    @Test
    void on_a_friday_holiday_support_is_closed_and_opens_on_monday_morning() {
        assertThat(SupportHours.isOpen(at("2026-05-01T10:00:00+02:00"))).isFalse();
        assertThat(SupportHours.nextOpening(at("2026-05-01T10:00:00+02:00"))).isEqualTo(at("2026-05-04T09:00:00+02:00"));
        assertThat(SupportHours.nextOpening(at("2026-05-13T18:00:00+02:00"))).as("Ascension, Thursday 14")
                .isEqualTo(at("2026-05-15T09:00:00+02:00"));
    }

    @Test
    void on_31_december_evening_support_opens_next_after_new_years_day_and_the_weekend() {
        assertThat(SupportHours.nextOpening(at("2026-12-31T18:00:00+01:00"))).isEqualTo(at("2027-01-04T09:00:00+01:00"));
    }

    @Test
    void over_a_change_of_clocks_support_opens_at_9_00_paris_time_in_the_new_offset() {
        assertThat(SupportHours.nextOpening(at("2026-03-27T18:00:00+01:00"))).isEqualTo(at("2026-03-30T07:00:00Z"));
        assertThat(SupportHours.nextOpening(at("2026-10-23T18:00:00+02:00"))).isEqualTo(at("2026-10-26T08:00:00Z"));
        assertThat(SupportHours.nextOpening(at("2026-10-25T02:30:00+01:00"))).as("the repeated hour, second pass")
                .isEqualTo(at("2026-10-26T09:00:00+01:00"));
    }

    @Test
    void in_summer_support_opens_at_7_00_utc_and_in_winter_at_8_00_utc() {
        assertThat(SupportHours.isOpen(at("2026-07-01T06:59:59.999Z"))).isFalse();
        assertThat(SupportHours.isOpen(at("2026-07-01T07:00:00Z"))).isTrue();
        assertThat(SupportHours.isOpen(at("2026-11-23T07:30:00Z"))).isFalse();
        assertThat(SupportHours.nextOpening(at("2026-11-23T07:30:00Z"))).isEqualTo(at("2026-11-23T08:00:00Z"));
    }

    @Test
    void a_period_must_open_before_it_closes() {
        assertThatThrownBy(() -> new SupportHours.Period(LocalTime.of(12, 30), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
