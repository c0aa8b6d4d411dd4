package org.openbenefits.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.Test;
import org.openbenefits.contract.api.MultiLineText;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.auth.SignInRequest;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;

/** The strict reading of request bodies, without a server: what is refused, with which code, what is passed on. */
class StrictJsonTest {

    /** A request with one field of each kind the rules know. */
    @Serdeable
    record Note(@Nullable String title, @Nullable @MultiLineText String body,
                long amountCents, @Nullable Integer count,
                boolean urgent, @Nullable LocalDate due, @Nullable List<Long> ids, @Nullable Author author,
                @Nullable List<Author> copies) {
    }

    @Serdeable
    record Author(@Nullable String name, @Nullable LocalDate born) {
    }

    private static final Argument<Note> NOTE = Argument.of(Note.class);

    private static String canonical(String json) {
        return new String(StrictJson.canonical(json.getBytes(StandardCharsets.UTF_8), NOTE), StandardCharsets.UTF_8);
    }

    private static Refusal refusal(String json) {
        try {
            canonical(json);
        } catch (Refused refused) {
            return refused.refusal();
        }
        throw new AssertionError("Accepted: " + json);
    }

    @Test
    void a_good_body_is_passed_on_with_its_texts_in_nfc_and_without_fields_the_record_does_not_have() {
        String json = canonical("""
                {"title":"Le\\u0301a","amountCents":1250,"count":null,"urgent":true,"due":"2026-12-31","ids":[1,2],
                 "author":{"name":"Cle\\u0301ment","born":"1990-04-01","extra":[1,{"x":2}]},"unknown":{"deep":[1.5]}}""");

        assertThat(json).isEqualTo("{\"title\":\"Léa\",\"amountCents\":1250,\"count\":null,\"urgent\":true,"
                + "\"due\":\"2026-12-31\",\"ids\":[1,2],\"author\":{\"name\":\"Clément\",\"born\":\"1990-04-01\"}}");
    }

    @Test
    void fractional_cents_numbers_as_strings_and_booleans_as_numbers_are_refused_each_on_its_field() {
        Refusal refusal = refusal("""
                {"amountCents":1.9,"count":"100","urgent":1,"ids":[1,true,"3",4e2],"title":123}""");

        assertThat(refusal.code()).isEqualTo(GeneralRefusal.INVALID_REQUEST);
        assertThat(refusal.fields()).extracting(FieldRefusal::field, FieldRefusal::code).containsExactly(
                tuple("amountCents", FieldCode.NOT_AN_INTEGER),
                tuple("count", FieldCode.EXPECTED_INTEGER),
                tuple("urgent", FieldCode.EXPECTED_BOOLEAN),
                tuple("ids[1]", FieldCode.EXPECTED_INTEGER),
                tuple("ids[2]", FieldCode.EXPECTED_INTEGER),
                tuple("ids[3]", FieldCode.NOT_AN_INTEGER),
                tuple("title", FieldCode.EXPECTED_TEXT));
        assertThat(ProblemWording.field(refusal.fields().getFirst(), Languages.FRENCH)).isEqualTo(
                "Un nombre entier est attendu ici, sans décimales (les montants sont en centimes : 12,50 € s’écrit 1250).");
        assertThat(ProblemWording.field(refusal.fields().getFirst(), Languages.ENGLISH)).isEqualTo(
                "A whole number is expected here, without decimals (amounts are in cents: €12.50 is 1250).");
    }

    @Test
    void numbers_beyond_the_fields_range_are_refused_as_out_of_range() {
        Refusal refusal = refusal("{\"amountCents\":99999999999999999999999,\"count\":2147483648}");

        assertThat(refusal.fields()).containsExactly(
                FieldRefusal.of("amountCents", FieldCode.OUT_OF_RANGE, "min", Long.MIN_VALUE, "max", Long.MAX_VALUE),
                FieldRefusal.of("count", FieldCode.OUT_OF_RANGE, "min", (long) Integer.MIN_VALUE,
                        "max", (long) Integer.MAX_VALUE));
    }

    @Test
    void a_key_twice_in_an_object_is_refused_on_its_path_even_deep_inside() {
        Refusal refusal = refusal("""
                {"amountCents":100,"amountCents":200,"copies":[{"name":"a"},{"name":"b","name":"c"}],
                 "unknown":{"x":1,"x":2}}""");

        assertThat(refusal.fields()).extracting(FieldRefusal::field, FieldRefusal::code).containsExactly(
                tuple("amountCents", FieldCode.DUPLICATE_KEY),
                tuple("copies[1].name", FieldCode.DUPLICATE_KEY),
                tuple("unknown.x", FieldCode.DUPLICATE_KEY));
    }

    @Test
    void anything_after_the_object_is_refused_saying_where() {
        for (String json : List.of("{\"amountCents\":1} {\"amountCents\":2}", "{\"amountCents\":1} xyz",
                "{\"amountCents\":1}]", "{\"amountCents\":1}\n\"more\"")) {
            Refusal refusal = refusal(json);

            assertThat(refusal.code()).as(json).isEqualTo(GeneralRefusal.BODY_TRAILING_CONTENT);
            assertThat(refusal.parameters()).as(json).containsOnlyKeys("line", "column");
            assertThat(refusal.fields()).isEmpty();
        }
        assertThat(refusal("{\"amountCents\":1}\n\"more\"").parameters()).containsEntry("line", 2L);
        assertThat(canonical("  {\"amountCents\":1}\r\n\t ")).isEqualTo("{\"amountCents\":1}");
        assertThat(canonical("\uFEFF{\"amountCents\":1}")).as("a byte order mark is ignored")
                .isEqualTo("{\"amountCents\":1}");
    }

    @Test
    void empty_broken_not_utf8_not_an_object_or_too_deep_bodies_are_malformed_and_say_why() {
        assertThat(refusal(" \n").code()).isEqualTo(GeneralRefusal.BODY_EMPTY);
        Refusal broken = refusal("{\"amountCents\":");
        assertThat(broken.code()).isEqualTo(GeneralRefusal.JSON_SYNTAX);
        assertThat(broken.parameters()).containsEntry("line", 1L);
        assertThat(ProblemWording.detail(broken, Languages.FRENCH))
                .startsWith("Le corps de la requête n’est pas du JSON valide (ligne 1, colonne ");
        assertThat(refusal("[1,2]").code()).isEqualTo(GeneralRefusal.BODY_NOT_AN_OBJECT);
        assertThat(refusal("null").code()).isEqualTo(GeneralRefusal.BODY_NOT_AN_OBJECT);
        assertThat(refusal("{\"unknown\":" + "[".repeat(40) + "]".repeat(40) + "}"))
                .isEqualTo(Refusal.of(GeneralRefusal.BODY_TOO_DEEP, "max", 32L));
        byte[] latin1 = "{\"title\":\"é\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> StrictJson.canonical(latin1, NOTE)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.refusal().code()).isEqualTo(GeneralRefusal.BODY_NOT_UTF8));
        assertThat(refusal("{\"title\":\"tab\tinside\"}").code()).isEqualTo(GeneralRefusal.JSON_SYNTAX);
    }

    @Test
    void dates_are_yyyy_mm_dd_days_that_exist_between_1900_and_2100() {
        Refusal refusal = refusal("""
                {"due":"+99999-01-01","author":{"born":"1899-12-31"},
                 "copies":[{"born":"9999-12-31"},{"born":"2026-02-30"},{"born":"31/12/2026"},{"born":20261231}]}""");

        assertThat(refusal.fields()).extracting(FieldRefusal::field, FieldRefusal::code).containsExactly(
                tuple("due", FieldCode.INVALID_DATE),
                tuple("author.born", FieldCode.DATE_OUT_OF_RANGE),
                tuple("copies[0].born", FieldCode.DATE_OUT_OF_RANGE),
                tuple("copies[1].born", FieldCode.INVALID_DATE),
                tuple("copies[2].born", FieldCode.INVALID_DATE),
                tuple("copies[3].born", FieldCode.EXPECTED_DATE));
        assertThat(refusal.fields().get(1).parameters()).isEqualTo(
                Map.of("min", LocalDate.of(1900, 1, 1), "max", LocalDate.of(2100, 12, 31)));
        assertThat(canonical("{\"due\":\"1900-01-01\",\"author\":{\"born\":\"2100-12-31\"}}"))
                .contains("1900-01-01", "2100-12-31");
    }

    @Test
    void control_and_bidirectional_characters_are_refused_in_texts_wherever_they_are() {
        Refusal refusal = refusal("""
                {"title":"A\\u0000B","author":{"name":"doc\\u202Etxt.exe"},"copies":[{"name":"ok"},{"name":"a\\tb"}],
                 "body":"ligne\\u2066"}""");

        assertThat(refusal.fields()).containsExactly(
                FieldRefusal.of("title", FieldCode.CONTROL_CHARACTER, "character", "U+0000"),
                FieldRefusal.of("author.name", FieldCode.BIDIRECTIONAL_CONTROL, "character", "U+202E"),
                FieldRefusal.of("copies[1].name", FieldCode.LINE_BREAK, "character", "U+0009"),
                FieldRefusal.of("body", FieldCode.BIDIRECTIONAL_CONTROL, "character", "U+2066"));
        assertThat(ProblemWording.field(refusal.fields().get(1), Languages.FRENCH)).isEqualTo(
                "Ce texte contient un caractère invisible qui change le sens d’écriture (U+202E) : retirez-le.");
    }

    @Test
    void tab_and_line_breaks_are_kept_in_a_text_on_several_lines_only() {
        assertThat(canonical("{\"body\":\"Bonjour,\\r\\n\\tmerci.\"}")).contains("Bonjour,\\r\\n\\tmerci.");
        assertThat(refusal("{\"title\":\"Bonjour,\\nmerci.\"}").fields())
                .containsExactly(FieldRefusal.of("title", FieldCode.LINE_BREAK, "character", "U+000A"));
    }

    @Test
    void a_password_is_taken_as_typed() {
        byte[] signIn = "{\"email\":\"Le\\u0301a@example.org\",\"password\":\"Mot\\tde\\u202Epasse-e\\u0301\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(new String(StrictJson.canonical(signIn, Argument.of(SignInRequest.class)), StandardCharsets.UTF_8))
                .isEqualTo("{\"email\":\"Léa@example.org\",\"password\":\"Mot\\tde\u202Epasse-e\u0301\"}");
    }

    @Test
    void the_campaign_request_of_the_api_is_read_with_the_same_rules() {
        Refused refused = catchThrowableOfType(Refused.class, () ->
                StrictJson.canonical("""
                        {"kind":"SUBSIDY","amountCents":"100","validTo":"+99999-01-01","employeeIds":[1,"a",3],
                         "perChild":1}""".getBytes(StandardCharsets.UTF_8), Argument.of(CampaignRequest.class)));

        assertThat(refused.refusal().fields()).extracting(FieldRefusal::field, FieldRefusal::code).containsExactly(
                tuple("amountCents", FieldCode.EXPECTED_INTEGER), tuple("validTo", FieldCode.INVALID_DATE),
                tuple("employeeIds[1]", FieldCode.EXPECTED_INTEGER), tuple("perChild", FieldCode.EXPECTED_BOOLEAN));
    }
}
