package org.openbenefits.domain.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ValidityHorizonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void an_allowance_may_run_up_to_five_years_from_the_day_it_is_given() {
        assertThat(ValidityHorizon.lastAllowedDay(TODAY)).isEqualTo(LocalDate.of(2031, 12, 3));
        assertThat(ValidityHorizon.allows(LocalDate.of(2031, 12, 3), TODAY)).isTrue();
        assertThat(ValidityHorizon.allows(TODAY, TODAY)).isTrue();
    }

    @Test
    void a_day_later_or_the_end_of_time_is_too_far() {
        assertThat(ValidityHorizon.allows(LocalDate.of(2031, 12, 4), TODAY)).isFalse();
        assertThat(ValidityHorizon.allows(LocalDate.of(9999, 12, 31), TODAY)).isFalse();
        assertThat(ValidityHorizon.allows(LocalDate.MAX, TODAY)).isFalse();
    }
}
