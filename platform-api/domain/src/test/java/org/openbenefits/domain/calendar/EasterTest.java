package org.openbenefits.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class EasterTest {

    @Test
    void easter_sunday_falls_on_the_published_dates() {
        List<LocalDate> published = List.of(LocalDate.of(2008, 3, 23), LocalDate.of(2019, 4, 21),
                LocalDate.of(2024, 3, 31), LocalDate.of(2025, 4, 20), LocalDate.of(2026, 4, 5),
                LocalDate.of(2027, 3, 28), LocalDate.of(2038, 4, 25), LocalDate.of(2000, 4, 23));
        for (LocalDate sunday : published) {
            assertThat(Easter.sundayIn(Year.of(sunday.getYear()))).as("Easter %d", sunday.getYear()).isEqualTo(sunday);
        }
    }

    @Test
    void easter_reaches_both_ends_of_its_range_22_march_and_25_april() {
        assertThat(Easter.sundayIn(Year.of(1818))).isEqualTo(LocalDate.of(1818, 3, 22));
        assertThat(Easter.sundayIn(Year.of(2285))).isEqualTo(LocalDate.of(2285, 3, 22));
        assertThat(Easter.sundayIn(Year.of(1943))).isEqualTo(LocalDate.of(1943, 4, 25));
        assertThat(Easter.sundayIn(Year.of(2038))).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void easter_is_a_sunday_between_22_march_and_25_april_in_every_gregorian_year() {
        for (int year = Easter.FIRST_GREGORIAN_YEAR; year <= 4099; year++) {
            LocalDate sunday = Easter.sundayIn(Year.of(year));
            assertThat(sunday.getDayOfWeek()).as("Easter %d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(sunday).as("Easter %d", year)
                    .isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }

    @Test
    void a_year_before_the_gregorian_calendar_is_refused() {
        assertThatThrownBy(() -> Easter.sundayIn(Year.of(1582))).isInstanceOf(IllegalArgumentException.class);
    }
}
