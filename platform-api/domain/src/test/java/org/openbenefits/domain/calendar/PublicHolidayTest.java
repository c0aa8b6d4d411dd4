package org.openbenefits.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class PublicHolidayTest {

    @Test
    void the_holidays_of_2026_are_the_eleven_of_the_labour_code() {
        assertThat(PublicHoliday.datesIn(Year.of(2026))).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25));
    }

    @Test
    void easter_monday_ascension_and_whit_monday_follow_easter_each_year() {
        assertThat(PublicHoliday.EASTER_MONDAY.dateIn(Year.of(2024))).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(PublicHoliday.ASCENSION_DAY.dateIn(Year.of(2024))).isEqualTo(LocalDate.of(2024, 5, 9));
        assertThat(PublicHoliday.WHIT_MONDAY.dateIn(Year.of(2024))).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(PublicHoliday.EASTER_MONDAY.dateIn(Year.of(2027))).isEqualTo(LocalDate.of(2027, 3, 29));
        assertThat(PublicHoliday.ASCENSION_DAY.dateIn(Year.of(2027))).isEqualTo(LocalDate.of(2027, 5, 6));
        assertThat(PublicHoliday.WHIT_MONDAY.dateIn(Year.of(2027))).isEqualTo(LocalDate.of(2027, 5, 17));
        assertThat(PublicHoliday.ASCENSION_DAY.dateIn(Year.of(2038))).isEqualTo(LocalDate.of(2038, 6, 3));
    }

    @Test
    void may_2026_has_four_holidays_labour_day_victory_day_ascension_and_whit_monday() {
        assertThat(PublicHoliday.datesIn(Year.of(2026))).filteredOn(day -> day.getMonthValue() == 5).containsExactly(
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25));
    }

    @Test
    void ascension_on_labour_day_leaves_ten_holiday_dates_in_the_year() {
        assertThat(PublicHoliday.ASCENSION_DAY.dateIn(Year.of(2008))).isEqualTo(LocalDate.of(2008, 5, 1));
        assertThat(PublicHoliday.datesIn(Year.of(2008))).hasSize(10).contains(LocalDate.of(2008, 5, 1));
    }

    @Test
    void good_friday_easter_sunday_and_boxing_day_are_not_national_holidays() {
        assertThat(PublicHoliday.isPublicHoliday(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(PublicHoliday.isPublicHoliday(LocalDate.of(2026, 4, 5))).isFalse();
        assertThat(PublicHoliday.isPublicHoliday(LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(PublicHoliday.isPublicHoliday(LocalDate.of(2026, 4, 6))).isTrue();
    }

    @Test
    void the_fixed_holidays_fall_on_their_day_every_year() {
        for (int year = 2024; year <= 2040; year++) {
            assertThat(PublicHoliday.datesIn(Year.of(year))).as("holidays of %d", year).contains(
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 8),
                    LocalDate.of(year, 7, 14), LocalDate.of(year, 8, 15), LocalDate.of(year, 11, 1),
                    LocalDate.of(year, 11, 11), LocalDate.of(year, 12, 25));
        }
    }
}
