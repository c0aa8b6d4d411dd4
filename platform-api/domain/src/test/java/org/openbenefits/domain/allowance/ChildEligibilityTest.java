package org.openbenefits.domain.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChildEligibilityTest {

    @Test
    void a_child_counts_while_under_26_on_the_31st_of_december() {
        assertThat(ChildEligibility.eligible(LocalDate.of(2001, 1, 1), 2026)).isTrue();
        assertThat(ChildEligibility.eligible(LocalDate.of(2000, 12, 31), 2026)).isFalse();
        assertThat(ChildEligibility.eligible(LocalDate.of(2018, 5, 3), 2026)).isTrue();
    }

    @Test
    void a_child_born_after_the_year_does_not_count() {
        assertThat(ChildEligibility.eligible(LocalDate.of(2027, 1, 2), 2026)).isFalse();
        assertThat(ChildEligibility.eligible(LocalDate.of(2026, 12, 31), 2026)).isTrue();
    }
}
