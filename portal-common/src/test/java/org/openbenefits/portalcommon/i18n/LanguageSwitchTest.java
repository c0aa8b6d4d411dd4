package org.openbenefits.portalcommon.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageSwitchTest {

    @Test
    void offers_french_then_english_and_marks_the_current_language() {
        assertThat(LanguageSwitch.options(Language.ENGLISH, "/"))
                .extracting(LanguageSwitch.Option::label, LanguageSwitch.Option::current)
                .containsExactly(tuple("Français", false),
                        tuple("English", true));
    }

    @Test
    void each_link_comes_back_to_the_page_being_read() {
        assertThat(LanguageSwitch.linkTo(Language.ENGLISH, "/orders/42?tab=lines"))
                .isEqualTo("/language/en?from=%2Forders%2F42%3Ftab%3Dlines");
    }

    @Test
    void a_link_never_carries_a_target_outside_the_site() {
        assertThat(LanguageSwitch.linkTo(Language.FRENCH, "//evil.example")).isEqualTo("/language/fr?from=%2F");
    }

    @Test
    void only_french_and_english_are_recognised() {
        assertThat(Language.fromTag("EN")).contains(Language.ENGLISH);
        assertThat(Language.fromTag("de")).isEmpty();
        assertThat(Language.fromTag("en-GB")).isEmpty();
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.FRENCH);
        assertThat(Language.of(Locale.UK)).isEqualTo(Language.ENGLISH);
    }
}
