package org.openbenefits.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

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
}
