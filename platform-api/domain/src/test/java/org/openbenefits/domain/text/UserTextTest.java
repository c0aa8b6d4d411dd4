package org.openbenefits.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.text.UserText.Accepted;
import org.openbenefits.domain.text.UserText.Fault;
import org.openbenefits.domain.text.UserText.Lines;
import org.openbenefits.domain.text.UserText.Refused;

class UserTextTest {

    @Test
    void a_decomposed_accent_is_stored_composed() {
        String decomposed = "Le\u0301a Be\u0300rard";

        assertThat(UserText.check(decomposed, Lines.ONE)).isEqualTo(new Accepted("Léa Bèrard"));
    }

    @Test
    void ordinary_text_in_any_script_with_emoji_and_joiners_is_accepted_unchanged() {
        String text = "Nguyễn Thị Ánh – 東京 – مرحبا – עברית – 👩‍👩‍👧 – ZWNJ\u200Cok";

        assertThat(UserText.check(text, Lines.ONE)).isEqualTo(new Accepted(text));
    }

    @Test
    void nothing_is_accepted_as_the_empty_text() {
        assertThat(UserText.check(null, Lines.ONE)).isEqualTo(new Accepted(""));
        assertThat(UserText.check("", Lines.MANY)).isEqualTo(new Accepted(""));
    }

    @ParameterizedTest(name = "U+{0} is refused as {1}")
    @CsvSource({
            "0000, CONTROL_CHARACTER", "0007, CONTROL_CHARACTER", "001B, CONTROL_CHARACTER", "001F, CONTROL_CHARACTER",
            "007F, CONTROL_CHARACTER", "0080, CONTROL_CHARACTER", "0085, CONTROL_CHARACTER", "009F, CONTROL_CHARACTER",
            "2028, CONTROL_CHARACTER", "2029, CONTROL_CHARACTER",
            "202A, BIDIRECTIONAL_CONTROL", "202B, BIDIRECTIONAL_CONTROL", "202C, BIDIRECTIONAL_CONTROL",
            "202D, BIDIRECTIONAL_CONTROL", "202E, BIDIRECTIONAL_CONTROL", "2066, BIDIRECTIONAL_CONTROL",
            "2067, BIDIRECTIONAL_CONTROL", "2068, BIDIRECTIONAL_CONTROL", "2069, BIDIRECTIONAL_CONTROL",
            "200E, BIDIRECTIONAL_CONTROL", "200F, BIDIRECTIONAL_CONTROL", "061C, BIDIRECTIONAL_CONTROL",
            "FDD0, NOT_A_CHARACTER", "FDEF, NOT_A_CHARACTER", "FFFE, NOT_A_CHARACTER", "FFFF, NOT_A_CHARACTER",
            "1FFFE, NOT_A_CHARACTER", "10FFFF, NOT_A_CHARACTER"})
    void invisible_and_disguising_characters_are_refused_even_in_text_on_several_lines(String hex, Fault fault) {
        int codePoint = Integer.parseInt(hex, 16);
        String text = "facture" + Character.toString(codePoint) + "cod.exe";

        assertThat(UserText.check(text, Lines.ONE)).isEqualTo(new Refused(fault, codePoint));
        assertThat(UserText.check(text, Lines.MANY)).isEqualTo(new Refused(fault, codePoint));
    }

    @ParameterizedTest(name = "U+{0} is refused on one line and accepted on several")
    @ValueSource(strings = {"0009", "000A", "000D"})
    void tab_and_line_breaks_are_allowed_only_in_text_on_several_lines(String hex) {
        int codePoint = Integer.parseInt(hex, 16);
        String text = "ligne 1" + Character.toString(codePoint) + "ligne 2";

        assertThat(UserText.check(text, Lines.ONE)).isEqualTo(new Refused(Fault.LINE_BREAK, codePoint));
        assertThat(UserText.check(text, Lines.MANY)).isEqualTo(new Accepted(text));
    }

    @Test
    void a_lone_half_of_a_surrogate_pair_is_not_a_character() {
        assertThat(UserText.check("a\uD83Db", Lines.ONE)).isEqualTo(new Refused(Fault.NOT_A_CHARACTER, 0xD83D));
        assertThat(UserText.check("a\uDE00", Lines.ONE)).isEqualTo(new Refused(Fault.NOT_A_CHARACTER, 0xDE00));
        assertThat(UserText.check("fin\uD83D", Lines.ONE)).isEqualTo(new Refused(Fault.NOT_A_CHARACTER, 0xD83D));
    }

    @Test
    void the_refusal_names_the_field_its_rule_and_the_character() {
        Refused refused = (Refused) UserText.check("abc\u202Etxt.exe", Lines.ONE);

        assertThat(refused.on("bankReference")).isEqualTo(FieldRefusal.of("bankReference",
                FieldCode.BIDIRECTIONAL_CONTROL, "character", "U+202E"));
        assertThat(UserText.codeOf(0x1F600)).isEqualTo("U+1F600");
    }
}
