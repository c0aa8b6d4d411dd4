package org.openbenefits.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbenefits.domain.identity.PasswordRule.AN_UPPERCASE_LETTER;
import static org.openbenefits.domain.identity.PasswordRule.AT_LEAST_12_CHARACTERS;
import static org.openbenefits.domain.identity.PasswordRule.AT_MOST_128_CHARACTERS;
import static org.openbenefits.domain.identity.PasswordRule.A_DIGIT;
import static org.openbenefits.domain.identity.PasswordRule.A_LOWERCASE_LETTER;
import static org.openbenefits.domain.identity.PasswordRule.NOT_A_COMMON_PASSWORD;
import static org.openbenefits.domain.identity.PasswordRule.NOT_THE_EMAIL_ADDRESS;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.RefusalKind;

class PasswordPolicyTest {

    private static final String EMAIL = "camille.martin@acme.example";

    @Test
    void a_long_mixed_password_meets_every_rule() {
        assertThat(PasswordPolicy.unmetRules("Tournesol-Violet-42", EMAIL)).isEmpty();
        assertThat(PasswordPolicy.accepts("Tournesol-Violet-42", EMAIL)).isTrue();
    }

    @Test
    void an_empty_password_lists_every_rule_of_composition_at_once() {
        assertThat(PasswordPolicy.unmetRules("", EMAIL))
                .containsExactly(AT_LEAST_12_CHARACTERS, A_LOWERCASE_LETTER, AN_UPPERCASE_LETTER, A_DIGIT);
    }

    @Test
    void eleven_characters_are_too_few_and_twelve_are_enough() {
        assertThat(PasswordPolicy.unmetRules("Abcdefghij1", EMAIL)).containsExactly(AT_LEAST_12_CHARACTERS);
        assertThat(PasswordPolicy.unmetRules("Abcdefghij12", EMAIL)).isEmpty();
    }

    @Test
    void accented_letters_count_as_letters_and_characters_not_bytes() {
        assertThat(PasswordPolicy.unmetRules("Éléphantéé12", EMAIL)).isEmpty();
    }

    @Test
    void each_missing_kind_of_character_is_named() {
        assertThat(PasswordPolicy.unmetRules("ABCDEFGHIJK1", EMAIL)).containsExactly(A_LOWERCASE_LETTER);
        assertThat(PasswordPolicy.unmetRules("abcdefghijk1", EMAIL)).containsExactly(AN_UPPERCASE_LETTER);
        assertThat(PasswordPolicy.unmetRules("Abcdefghijkl", EMAIL)).containsExactly(A_DIGIT);
    }

    @Test
    void a_password_containing_the_email_local_part_or_a_name_in_it_is_refused() {
        assertThat(PasswordPolicy.unmetRules("xCamille.Martin9", EMAIL)).containsExactly(NOT_THE_EMAIL_ADDRESS);
        assertThat(PasswordPolicy.unmetRules("Martin-Rocks-2026", EMAIL)).containsExactly(NOT_THE_EMAIL_ADDRESS);
        assertThat(PasswordPolicy.unmetRules("Martin-Rocks-2026", "rh@acme.example")).isEmpty();
    }

    @Test
    void without_an_email_address_only_the_other_rules_apply() {
        assertThat(PasswordPolicy.unmetRules("Martin-Rocks-2026", null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "Password2026!", "AZERTYUIOP12", "Azerty123456!", "MotDePasse2026", "123456789"})
    void common_passwords_and_their_decorated_forms_are_refused(String password) {
        assertThat(PasswordPolicy.unmetRules(password, EMAIL)).contains(NOT_A_COMMON_PASSWORD);
    }

    @Test
    void a_common_word_inside_a_longer_passphrase_is_not_refused() {
        assertThat(PasswordPolicy.unmetRules("Mon-soleil-de-2026", EMAIL)).isEmpty();
    }

    @Test
    void more_than_128_characters_is_refused() {
        String password = "Aa1" + "x".repeat(126);

        assertThat(PasswordPolicy.unmetRules(password, EMAIL)).containsExactly(AT_MOST_128_CHARACTERS);
    }

    @Test
    void every_rule_reads_as_a_french_sentence() {
        for (PasswordRule rule : PasswordRule.values()) {
            assertThat(rule.message()).isNotBlank().endsWith(".");
        }
    }

    @Test
    void each_unmet_rule_is_refused_on_the_password_field_with_its_own_code_and_its_bound() {
        assertThat(AT_LEAST_12_CHARACTERS.on("newPassword"))
                .isEqualTo(FieldRefusal.of("newPassword", IdentityRefusal.PASSWORD_TOO_SHORT, "min", 12));
        assertThat(AT_MOST_128_CHARACTERS.on("password").parameters()).containsEntry("max", 128);
        assertThat(Arrays.stream(PasswordRule.values()).map(rule -> rule.on("password").code()).distinct())
                .hasSize(PasswordRule.values().length)
                .allMatch(code -> code.kind() == RefusalKind.FIELD && code.code().startsWith("password."));
    }
}
