package org.openbenefits.portalcommon.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EurosTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|0,00 €",
            "5|0,05 €",
            "1250|12,50 €",
            "123456|1 234,56 €",
            "-2000|-20,00 €"})
    void writes_amounts_the_french_way(long cents, String expected) {
        assertThat(Euros.format(cents, Locale.FRENCH).replace('\u202f', ' ').replace('\u00a0', ' '))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"500000|+5 000,00 €", "-3000|\u221230,00 €", "0|0,00 €"})
    void writes_movements_with_their_sign(long cents, String expected) {
        assertThat(Euros.signed(cents, Locale.FRENCH).replace('\u202f', ' ').replace('\u00a0', ' '))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1250|€12.50", "123456|€1,234.56"})
    void writes_amounts_the_english_way(long cents, String expected) {
        assertThat(Euros.format(cents, Locale.ENGLISH)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12|1200", "12,5|1250", "12.50|1250", "1 234,56|123456", "30 €|3000", "0|0", " 7,05 |705"})
    void reads_what_people_type(String typed, long cents) {
        assertThat(Euros.parseCents(typed)).contains(cents);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-5", "12,345", "1e3", "12,", ",5"})
    void refuses_what_is_not_an_amount(String typed) {
        assertThat(Euros.parseCents(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1200|12", "1250|12,50", "705|7,05"})
    void shows_amounts_for_editing(long cents, String shown) {
        assertThat(Euros.forField(cents)).isEqualTo(shown);
    }
}
