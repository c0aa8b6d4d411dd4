package org.openbenefits.portalcommon.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A refusal's parameters as a sentence of the page writes them, from the JSON platform-api sends. */
class ParameterTextTest {

    @Test
    void an_amount_reads_as_euros_in_the_language_of_the_page() {
        assertThat(seen("1250.00", Locale.FRENCH)).isEqualTo("1 250,00 €");
        assertThat(seen("1250.00", Locale.ENGLISH)).isEqualTo("€1,250.00");
        assertThat(seen("0.05", Locale.FRENCH)).isEqualTo("0,05 €");
    }

    @Test
    void an_iso_date_reads_as_a_day_written_in_full() {
        assertThat(seen("2026-05-03", Locale.FRENCH)).isEqualTo("3 mai 2026");
        assertThat(seen("2026-05-03", Locale.ENGLISH)).isEqualTo("3 May 2026");
        assertThat(seen("2026-02-30", Locale.FRENCH)).as("no such day: as sent").isEqualTo("2026-02-30");
    }

    @Test
    void a_count_is_grouped_the_way_the_language_groups_digits() {
        assertThat(seen(186_000, Locale.FRENCH)).isEqualTo("186 000");
        assertThat(seen(186_000L, Locale.ENGLISH)).isEqualTo("186,000");
        assertThat(seen(new BigDecimal("15"), Locale.FRENCH)).isEqualTo("15");
    }

    @Test
    void a_size_in_bytes_reads_in_megabytes_when_the_sentence_asks_for_them() {
        assertThat(ParameterText.of(10_485_760L, Locale.FRENCH, ParameterText.MEGABYTES)).isEqualTo("10");
        assertThat(ParameterText.of(1_572_864, Locale.FRENCH, ParameterText.MEGABYTES)).isEqualTo("1,5");
        assertThat(ParameterText.of(1_572_864, Locale.ENGLISH, ParameterText.MEGABYTES)).isEqualTo("1.5");
    }

    @Test
    void any_other_text_is_written_as_sent_and_a_list_joined_by_commas() {
        assertThat(seen("U+202E", Locale.FRENCH)).isEqualTo("U+202E");
        assertThat(seen("prenom, nom", Locale.ENGLISH)).isEqualTo("prenom, nom");
        assertThat(seen("2026", Locale.FRENCH)).as("a year given as text is no amount").isEqualTo("2026");
        assertThat(seen(List.of("fr", "en"), Locale.FRENCH)).isEqualTo("fr, en");
    }

    private static String seen(Object value, Locale locale) {
        return ParameterText.of(value, locale, null).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
