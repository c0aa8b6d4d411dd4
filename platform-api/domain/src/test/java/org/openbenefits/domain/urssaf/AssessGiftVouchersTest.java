package org.openbenefits.domain.urssaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.money.Money;

class AssessGiftVouchersTest {

    private final SocialSecurityCeilings ceilings = SocialSecurityCeilings.published();

    @Test
    void the_threshold_is_five_percent_of_the_pmss_rounded_down_to_the_euro() {
        assertThat(ceilings.giftThreshold(Year.of(2024))).contains(Money.euros("193.00"));
        assertThat(ceilings.giftThreshold(Year.of(2025))).contains(Money.euros("196.00"));
        assertThat(ceilings.giftThreshold(Year.of(2026))).contains(Money.euros("200.00"));
    }

    @Test
    void a_year_missing_from_the_table_is_a_refusal_not_a_guess() {
        GiftVoucherAssessment outcome = new AssessGiftVouchers(ceilings).assess(Year.of(2031),
                List.of(new GiftVoucher("A", Money.euros("10.00"), Optional.empty(), Optional.empty())));

        assertThat(outcome).isEqualTo(new GiftVoucherAssessment.YearNotCovered(Year.of(2031)));
    }
}
