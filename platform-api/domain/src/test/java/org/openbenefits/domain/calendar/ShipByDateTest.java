package org.openbenefits.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShipByDateTest {

    private static LocalDate shipBy(String paidAt) {
        return ShipByDate.of(OffsetDateTime.parse(paidAt).toInstant());
    }

    @Test
    void paid_at_14_59_59_999_an_order_ships_the_same_day_and_at_15_00_the_next_business_day() {
        assertThat(shipBy("2026-11-23T14:59:59.999+01:00")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(shipBy("2026-11-23T14:59:59.999999999+01:00")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(shipBy("2026-11-23T15:00:00+01:00")).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void the_cut_off_is_15_00_in_paris_whatever_offset_the_payment_is_written_with() {
        assertThat(shipBy("2026-11-23T13:59:59.999Z")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(shipBy("2026-11-23T14:00:00Z")).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(shipBy("2026-11-23T08:59:59.999-05:00")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(shipBy("2026-11-24T00:30:00+09:00")).as("Tuesday in Tokyo, Monday 16:30 in Paris")
                .isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void the_same_utc_time_is_before_the_cut_off_in_winter_and_after_it_in_summer() {
        assertThat(shipBy("2026-03-27T13:30:00Z")).as("Friday 14:30 CET").isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(shipBy("2026-03-30T13:30:00Z")).as("Monday 15:30 CEST").isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void over_the_march_change_of_clocks_a_friday_evening_or_sunday_order_ships_on_monday() {
        assertThat(shipBy("2026-03-27T15:00:00+01:00")).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(shipBy("2026-03-29T00:59:59Z")).as("01:59:59 CET, just before the jump").isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(shipBy("2026-03-29T01:00:00Z")).as("03:00 CEST, just after").isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(shipBy("2026-03-30T14:59:59+02:00")).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(shipBy("2026-03-30T13:00:00Z")).as("15:00 CEST").isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void over_the_october_change_of_clocks_both_passes_of_the_repeated_hour_ship_on_monday() {
        assertThat(shipBy("2026-10-23T16:00:00+02:00")).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(shipBy("2026-10-25T02:30:00+02:00")).as("first 02:30").isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(shipBy("2026-10-25T02:30:00+01:00")).as("second 02:30").isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(shipBy("2026-10-26T13:59:59Z")).as("14:59:59 CET").isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(shipBy("2026-10-26T14:00:00Z")).as("15:00 CET").isEqualTo(LocalDate.of(2026, 10, 27));
    }

    @Test
    void on_31_december_after_the_cut_off_an_order_ships_in_the_new_year_past_new_years_day() {
        assertThat(shipBy("2026-12-31T14:59:59+01:00")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(shipBy("2026-12-31T15:00:00+01:00")).as("1 January 2027 is a Friday")
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(shipBy("2026-12-31T23:30:00Z")).as("already New Year's Day in Paris")
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(shipBy("2027-12-31T16:00:00+01:00")).as("a Friday, then a weekend")
                .isEqualTo(LocalDate.of(2028, 1, 3));
    }

    @Test
    void a_holiday_on_a_friday_sends_thursday_afternoon_orders_to_monday() {
        assertThat(shipBy("2026-04-30T15:00:00+02:00")).as("Labour Day, Friday 1 May").isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(shipBy("2026-12-24T15:00:00+01:00")).as("Christmas, Friday 25").isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(shipBy("2026-12-25T10:00:00+01:00")).as("on Christmas Day").isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void in_may_2026_each_of_its_four_holidays_is_skipped() {
        Map<String, LocalDate> cases = new LinkedHashMap<>();
        cases.put("2026-04-30T16:00:00+02:00", LocalDate.of(2026, 5, 4));   // Labour Day, Friday 1
        cases.put("2026-05-04T14:00:00+02:00", LocalDate.of(2026, 5, 4));   // an ordinary Monday
        cases.put("2026-05-07T15:00:00+02:00", LocalDate.of(2026, 5, 11));  // Victory in Europe Day, Friday 8
        cases.put("2026-05-08T10:00:00+02:00", LocalDate.of(2026, 5, 11));  // on Victory in Europe Day
        cases.put("2026-05-13T15:00:00+02:00", LocalDate.of(2026, 5, 15));  // Ascension, Thursday 14
        cases.put("2026-05-14T10:00:00+02:00", LocalDate.of(2026, 5, 15));  // on Ascension
        cases.put("2026-05-22T15:00:00+02:00", LocalDate.of(2026, 5, 26));  // Whit Monday 25
        cases.put("2026-05-25T09:00:00+02:00", LocalDate.of(2026, 5, 26));  // on Whit Monday
        cases.forEach((paidAt, expected) -> assertThat(shipBy(paidAt)).as("paid at %s", paidAt).isEqualTo(expected));
    }
}
