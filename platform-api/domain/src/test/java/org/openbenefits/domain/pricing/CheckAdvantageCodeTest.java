package org.openbenefits.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.allocation.EligibleCategories;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.Refusal;

/** Whether an employee may use the advantage code they typed (docs/domain-rules.md, "Pricing"), before the cart. */
class CheckAdvantageCodeTest {

    private static final long EMPLOYER = 7;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 24);

    private final AdvantageCode noel = new AdvantageCode("NOEL10", Benefit.PercentOff.of(10),
            EligibleCategories.anyCategory(), Money.ZERO, Optional.of(FIRST_DAY), Optional.of(LAST_DAY),
            OptionalInt.of(100), OptionalInt.of(2), OptionalLong.empty());

    @Test
    void a_code_within_its_validity_with_uses_left_is_usable() {
        assertThat(check("NOEL10", noel, FIRST_DAY, new CodeUses(99, 1))).isEqualTo(new CodeCheck.Usable(noel));
    }

    @Test
    void a_code_is_found_whatever_the_case_and_the_spaces_around_it() {
        assertThat(check("  noel10 ", noel, FIRST_DAY, CodeUses.NONE)).isEqualTo(new CodeCheck.Usable(noel));
    }

    @Test
    void an_unknown_code_says_so_with_the_code_as_typed_in_capitals() {
        CodeCheck outcome = CheckAdvantageCode.check(" noel11", Optional.empty(), EMPLOYER, FIRST_DAY, CodeUses.NONE);

        assertThat(outcome).isEqualTo(new CodeCheck.Unusable("NOEL11",
                Refusal.of(PricingRefusal.UNKNOWN, "code", "NOEL11")));
    }

    @Test
    void a_code_reserved_to_another_employer_reads_as_unknown() {
        AdvantageCode theirs = forEmployer(EMPLOYER + 1);

        assertThat(check("NOEL10", theirs, FIRST_DAY, CodeUses.NONE)).isEqualTo(new CodeCheck.Unusable("NOEL10",
                Refusal.of(PricingRefusal.UNKNOWN, "code", "NOEL10")));
        assertThat(check("NOEL10", forEmployer(EMPLOYER), FIRST_DAY, CodeUses.NONE))
                .isInstanceOf(CodeCheck.Usable.class);
    }

    @Test
    void a_code_is_valid_on_its_first_and_its_last_day() {
        assertThat(check("NOEL10", noel, FIRST_DAY, CodeUses.NONE)).isInstanceOf(CodeCheck.Usable.class);
        assertThat(check("NOEL10", noel, LAST_DAY, CodeUses.NONE)).isInstanceOf(CodeCheck.Usable.class);
    }

    @Test
    void the_day_before_its_first_day_a_code_is_not_valid_yet_and_says_from_when() {
        assertThat(check("NOEL10", noel, FIRST_DAY.minusDays(1), CodeUses.NONE)).isEqualTo(new CodeCheck.Unusable(
                "NOEL10", Refusal.of(PricingRefusal.NOT_YET_VALID, "code", "NOEL10", "validFrom", FIRST_DAY)));
    }

    @Test
    void the_day_after_its_last_day_a_code_is_expired_and_says_since_when() {
        assertThat(check("NOEL10", noel, LAST_DAY.plusDays(1), CodeUses.NONE)).isEqualTo(new CodeCheck.Unusable(
                "NOEL10", Refusal.of(PricingRefusal.EXPIRED, "code", "NOEL10", "expires", LAST_DAY)));
    }

    @Test
    void a_code_at_its_total_limit_is_exhausted_and_one_use_below_it_is_not() {
        assertThat(check("NOEL10", noel, FIRST_DAY, new CodeUses(100, 0))).isEqualTo(new CodeCheck.Unusable(
                "NOEL10", Refusal.of(PricingRefusal.EXHAUSTED, "code", "NOEL10")));
        assertThat(check("NOEL10", noel, FIRST_DAY, new CodeUses(99, 0))).isInstanceOf(CodeCheck.Usable.class);
    }

    @Test
    void an_employee_at_the_limit_per_employee_used_it_already_and_is_told_the_limit() {
        assertThat(check("NOEL10", noel, FIRST_DAY, new CodeUses(10, 2))).isEqualTo(new CodeCheck.Unusable(
                "NOEL10", Refusal.of(PricingRefusal.ALREADY_USED, "code", "NOEL10", "limit", 2)));
    }

    @Test
    void at_both_limits_the_employee_is_told_of_their_own() {
        assertThat(check("NOEL10", noel, FIRST_DAY, new CodeUses(100, 2)))
                .isInstanceOfSatisfying(CodeCheck.Unusable.class,
                        unusable -> assertThat(unusable.refusal().code()).isEqualTo(PricingRefusal.ALREADY_USED));
    }

    @Test
    void a_code_without_validity_nor_limits_is_usable_any_day_any_number_of_times() {
        AdvantageCode open = AdvantageCode.of("toujours", new Benefit.FreeShipping(), EligibleCategories.anyCategory());

        assertThat(check("TOUJOURS", open, LocalDate.of(2099, 1, 1), new CodeUses(1_000_000, 1_000)))
                .isEqualTo(new CodeCheck.Usable(open));
    }

    @Test
    void a_code_found_under_another_name_is_a_bug_of_the_lookup() {
        assertThatThrownBy(() -> check("NOEL11", noel, FIRST_DAY, CodeUses.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_code_is_stored_in_capitals_with_sensible_bounds() {
        assertThatThrownBy(() -> AdvantageCode.of(" ", new Benefit.FreeShipping(), EligibleCategories.anyCategory()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdvantageCode("noel10", new Benefit.FreeShipping(), EligibleCategories.anyCategory(),
                Money.ZERO, Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalLong.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdvantageCode("NOEL10", new Benefit.FreeShipping(), EligibleCategories.anyCategory(),
                Money.ZERO, Optional.of(LAST_DAY), Optional.of(FIRST_DAY), OptionalInt.empty(), OptionalInt.empty(),
                OptionalLong.empty())).as("last day before the first").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdvantageCode("NOEL10", new Benefit.FreeShipping(), EligibleCategories.anyCategory(),
                Money.ZERO, Optional.empty(), Optional.empty(), OptionalInt.of(0), OptionalInt.empty(),
                OptionalLong.empty())).as("a limit of zero uses").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdvantageCode.of("X", new Benefit.FreeShipping(), EligibleCategories.anyCategory())
                .withMinimum(Money.euros("-1.00"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_percentage_lies_above_zero_and_at_most_a_hundred_and_an_amount_off_above_zero() {
        assertThat(Benefit.PercentOff.of(100).percent()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> Benefit.PercentOff.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Benefit.PercentOff.of(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Benefit.AmountOff(Money.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uses_are_counted_from_zero_and_the_employees_are_among_all() {
        assertThatThrownBy(() -> new CodeUses(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeUses(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static CodeCheck check(String typed, AdvantageCode stored, LocalDate on, CodeUses uses) {
        return CheckAdvantageCode.check(typed, Optional.of(stored), EMPLOYER, on, uses);
    }

    private AdvantageCode forEmployer(long employer) {
        return new AdvantageCode(noel.code(), noel.benefit(), noel.categories(), noel.minimum(), noel.validFrom(),
                noel.expires(), noel.totalLimit(), noel.perEmployeeLimit(), OptionalLong.of(employer));
    }

}
