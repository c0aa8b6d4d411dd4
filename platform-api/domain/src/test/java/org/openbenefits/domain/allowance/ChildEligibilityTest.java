package org.openbenefits.domain.allowance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbenefits.domain.urssaf.UrssafEvent.NOEL_ENFANT;
import static org.openbenefits.domain.urssaf.UrssafEvent.RENTREE_SCOLAIRE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.urssaf.UrssafEvent;

class ChildEligibilityTest {

    @Test
    void back_to_school_counts_a_child_while_under_26_on_the_31st_of_december() {
        assertThat(ChildEligibility.eligible(LocalDate.of(2001, 1, 1), 2026, RENTREE_SCOLAIRE)).isTrue();
        assertThat(ChildEligibility.eligible(LocalDate.of(2000, 12, 31), 2026, RENTREE_SCOLAIRE)).isFalse();
        assertThat(ChildEligibility.eligible(LocalDate.of(2018, 5, 3), 2026, RENTREE_SCOLAIRE)).isTrue();
    }

    @Test
    void childrens_christmas_counts_a_child_aged_16_or_less_during_the_year() {
        // Born in 2010: 16 during 2026, counts whatever the day; born in 2009: 17 during 2026, does not.
        assertThat(ChildEligibility.eligible(LocalDate.of(2010, 1, 1), 2026, NOEL_ENFANT)).isTrue();
        assertThat(ChildEligibility.eligible(LocalDate.of(2010, 12, 31), 2026, NOEL_ENFANT)).isTrue();
        assertThat(ChildEligibility.eligible(LocalDate.of(2009, 12, 31), 2026, NOEL_ENFANT)).isFalse();
        assertThat(ChildEligibility.eligible(LocalDate.of(2005, 6, 1), 2026, NOEL_ENFANT)).isFalse();
        assertThat(ChildEligibility.eligible(LocalDate.of(2005, 6, 1), 2026, RENTREE_SCOLAIRE)).isTrue();
        assertThat(ChildEligibility.eligible(LocalDate.of(2018, 5, 3), 2026, NOEL_ENFANT)).isTrue();
    }

    @Test
    void a_child_born_after_the_year_does_not_count() {
        for (UrssafEvent event : new UrssafEvent[] {NOEL_ENFANT, RENTREE_SCOLAIRE}) {
            assertThat(ChildEligibility.eligible(LocalDate.of(2027, 1, 2), 2026, event)).isFalse();
            assertThat(ChildEligibility.eligible(LocalDate.of(2026, 12, 31), 2026, event)).isTrue();
        }
    }

    @Test
    void other_events_are_not_judged_per_child() {
        assertThatThrownBy(() -> ChildEligibility.eligible(LocalDate.of(2018, 5, 3), 2026, UrssafEvent.NOEL_SALARIE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
