package org.openbenefits.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void reads_decimal_euros_exactly() {
        assertThat(Money.euros("12.50").cents()).isEqualTo(1250);
        assertThat(Money.euros("0.05").cents()).isEqualTo(5);
        assertThat(Money.euros("7").cents()).isEqualTo(700);
    }

    @Test
    void refuses_fractions_of_a_cent_instead_of_rounding_them() {
        assertThatThrownBy(() -> Money.euros("1.005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shares_round_down_to_the_cent() {
        assertThat(Money.euros("9.99").share(new BigDecimal("0.5"))).isEqualTo(Money.ofCents(499));
        assertThat(Money.euros("10.00").share(new BigDecimal("0.333"))).isEqualTo(Money.ofCents(333));
    }

    @Test
    void shares_published_in_whole_euros_round_down_to_the_euro() {
        assertThat(Money.euros("3925").shareInWholeEuros(new BigDecimal("0.05"))).isEqualTo(Money.euros("196"));
        assertThat(Money.euros("4005").shareInWholeEuros(new BigDecimal("0.05"))).isEqualTo(Money.euros("200"));
        assertThat(Money.euros("3999.80").shareInWholeEuros(new BigDecimal("0.05"))).isEqualTo(Money.euros("199"));
        assertThat(Money.euros("3864").shareInWholeEuros(new BigDecimal("0.05"))).isEqualTo(Money.euros("193"));
    }

    @Test
    void formats_the_french_way() {
        assertThat(Money.euros("1234.5").format()).isEqualTo("1\u202F234,50\u00A0€");
        assertThat(Money.euros("-5").format()).isEqualTo("-5,00\u00A0€");
        assertThat(Money.euros("0.07").toDecimalString()).isEqualTo("0.07");
    }

    @Test
    void arithmetic_never_overflows_silently() {
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void reads_the_english_way_in_english_and_the_french_way_otherwise() {
        assertThat(Money.ofCents(123450).format("en")).isEqualTo("€1,234.50");
        assertThat(Money.ofCents(8000).format("en")).isEqualTo("€80.00");
        assertThat(Money.ofCents(-5).format("en")).isEqualTo("-€0.05");
        assertThat(Money.ofCents(8000).format("fr")).isEqualTo(Money.ofCents(8000).format());
    }

    @Test
    void a_unit_price_times_a_quantity_is_exact_and_never_overflows_silently() {
        assertThat(Money.euros("8.90").times(3)).isEqualTo(Money.euros("26.70"));
        assertThat(Money.euros("8.90").times(0)).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE / 2 + 1).times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.euros("1.00").times(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_spread_follows_the_weights_when_they_divide_it_exactly() {
        assertThat(Money.euros("5.00").spreadOver(List.of(Money.euros("10.00"), Money.euros("30.00"))))
                .containsExactly(Money.euros("1.25"), Money.euros("3.75"));
    }

    @Test
    void a_spread_at_half_cents_rounds_each_share_down_and_gives_the_cent_left_to_the_earlier_share() {
        // 0.05 over two equal weights is 0.025 each: both round down to 0.02, the cent left goes to the first.
        assertThat(Money.euros("0.05").spreadOver(List.of(Money.euros("3.00"), Money.euros("3.00"))))
                .containsExactly(Money.euros("0.03"), Money.euros("0.02"));
    }

    @Test
    void the_cents_left_go_to_the_largest_remainders_whatever_their_place() {
        // 0.02 over 1.00, 3.00, 3.00: exact shares 0.005, 0.015, 0.015; the two cents go to the two larger remainders.
        assertThat(Money.euros("0.02").spreadOver(List.of(Money.euros("1.00"), Money.euros("3.00"), Money.euros("3.00"))))
                .containsExactly(Money.euros("0.00"), Money.euros("0.01"), Money.euros("0.01"));
    }

    @Test
    void a_spread_adds_up_to_the_amount_and_a_weight_of_zero_gets_nothing() {
        List<Money> shares = Money.euros("10.00").spreadOver(List.of(Money.euros("3.33"), Money.ZERO, Money.euros("6.67"),
                Money.euros("0.01")));

        assertThat(shares.get(1)).isEqualTo(Money.ZERO);
        assertThat(shares.stream().reduce(Money.ZERO, Money::plus)).isEqualTo(Money.euros("10.00"));
    }

    @Test
    void zero_spreads_as_zeros_even_over_no_weight_and_anything_else_needs_a_weight() {
        assertThat(Money.ZERO.spreadOver(List.of(Money.ZERO, Money.ZERO))).containsExactly(Money.ZERO, Money.ZERO);
        assertThat(Money.ZERO.spreadOver(List.of())).isEmpty();
        assertThatThrownBy(() -> Money.euros("1.00").spreadOver(List.of(Money.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.euros("1.00").spreadOver(List.of(Money.euros("-1.00"), Money.euros("2.00"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.euros("-1.00").spreadOver(List.of(Money.euros("1.00"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
