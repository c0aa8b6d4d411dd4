package org.openbenefits.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.Test;
import org.openbenefits.contract.api.MultiLineText;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail.FieldError;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.auth.SignInRequest;

/** The strict reading of request bodies, without a server: what is refused, how it is named, what is passed on. */
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

    private static ProblemException refusal(String json) {
        try {
            canonical(json);
        } catch (ProblemException problem) {
            return problem;
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
        ProblemException problem = refusal("""
                {"amountCents":1.9,"count":"100","urgent":1,"ids":[1,true,"3",4e2],"title":123}""");

        assertThat(problem.code()).isEqualTo(ProblemCodes.VALIDATION_FAILED);
        assertThat(problem.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("amountCents", ProblemCodes.NOT_AN_INTEGER),
                tuple("count", ProblemCodes.WRONG_TYPE),
                tuple("urgent", ProblemCodes.WRONG_TYPE),
                tuple("ids[1]", ProblemCodes.WRONG_TYPE),
                tuple("ids[2]", ProblemCodes.WRONG_TYPE),
                tuple("ids[3]", ProblemCodes.NOT_AN_INTEGER),
                tuple("title", ProblemCodes.WRONG_TYPE));
        assertThat(problem.errors().getFirst().message()).isEqualTo(
                "Un nombre entier est attendu ici, sans décimales (les montants sont en centimes : 12,50 € s'écrit 1250).");
    }

    @Test
    void numbers_beyond_the_fields_range_are_refused_as_out_of_range() {
        ProblemException problem = refusal("{\"amountCents\":99999999999999999999999,\"count\":2147483648}");

        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("amountCents", "count");
        assertThat(problem.errors()).extracting(FieldError::code).containsOnly(ProblemCodes.OUT_OF_RANGE);
    }

    @Test
    void a_key_twice_in_an_object_is_refused_on_its_path_even_deep_inside() {
        ProblemException problem = refusal("""
                {"amountCents":100,"amountCents":200,"copies":[{"name":"a"},{"name":"b","name":"c"}],
                 "unknown":{"x":1,"x":2}}""");

        assertThat(problem.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("amountCents", ProblemCodes.DUPLICATE_KEY),
                tuple("copies[1].name", ProblemCodes.DUPLICATE_KEY),
                tuple("unknown.x", ProblemCodes.DUPLICATE_KEY));
    }

    @Test
    void anything_after_the_object_is_refused_as_malformed() {
        for (String json : List.of("{\"amountCents\":1} {\"amountCents\":2}", "{\"amountCents\":1} xyz",
                "{\"amountCents\":1}]", "{\"amountCents\":1}\n\"more\"")) {
            ProblemException problem = refusal(json);

            assertThat(problem.code()).as(json).isEqualTo(ProblemCodes.MALFORMED_JSON);
            assertThat(problem.detail()).as(json).startsWith("Le corps de la requête continue après l'objet JSON");
            assertThat(problem.errors()).isEmpty();
        }
        assertThat(canonical("  {\"amountCents\":1}\r\n\t ")).isEqualTo("{\"amountCents\":1}");
        assertThat(canonical("\uFEFF{\"amountCents\":1}")).as("a byte order mark is ignored")
                .isEqualTo("{\"amountCents\":1}");
    }

    @Test
    void empty_broken_not_utf8_not_an_object_or_too_deep_bodies_are_malformed_and_say_why() {
        assertThat(refusal(" \n").detail()).isEqualTo("Le corps de la requête est vide : envoyez un objet JSON.");
        assertThat(refusal("{\"amountCents\":").detail()).startsWith("Le corps de la requête n'est pas du JSON valide (ligne 1");
        assertThat(refusal("[1,2]").detail()).isEqualTo(
                "Le corps de la requête doit être un objet JSON, entre accolades { }.");
        assertThat(refusal("null").code()).isEqualTo(ProblemCodes.MALFORMED_JSON);
        assertThat(refusal("{\"unknown\":" + "[".repeat(40) + "]".repeat(40) + "}").detail())
                .isEqualTo("Le corps de la requête est imbriqué sur plus de 32 niveaux : simplifiez-le.");
        byte[] latin1 = "{\"title\":\"é\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> StrictJson.canonical(latin1, NOTE)).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.detail()).contains("n'est pas encodé en UTF-8"));
        assertThat(refusal("{\"title\":\"tab\tinside\"}").code()).isEqualTo(ProblemCodes.MALFORMED_JSON);
    }

    @Test
    void dates_are_yyyy_mm_dd_days_that_exist_between_1900_and_2100() {
        ProblemException problem = refusal("""
                {"due":"+99999-01-01","author":{"born":"1899-12-31"},
                 "copies":[{"born":"9999-12-31"},{"born":"2026-02-30"},{"born":"31/12/2026"},{"born":20261231}]}""");

        assertThat(problem.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("due", ProblemCodes.INVALID_DATE),
                tuple("author.born", ProblemCodes.OUT_OF_RANGE),
                tuple("copies[0].born", ProblemCodes.OUT_OF_RANGE),
                tuple("copies[1].born", ProblemCodes.INVALID_DATE),
                tuple("copies[2].born", ProblemCodes.INVALID_DATE),
                tuple("copies[3].born", ProblemCodes.WRONG_TYPE));
        assertThat(canonical("{\"due\":\"1900-01-01\",\"author\":{\"born\":\"2100-12-31\"}}"))
                .contains("1900-01-01", "2100-12-31");
    }

    @Test
    void control_and_bidirectional_characters_are_refused_in_texts_wherever_they_are() {
        ProblemException problem = refusal("""
                {"title":"A\\u0000B","author":{"name":"doc\\u202Etxt.exe"},"copies":[{"name":"ok"},{"name":"a\\tb"}],
                 "body":"ligne\\u2066"}""");

        assertThat(problem.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("title", ProblemCodes.FORBIDDEN_CHARACTER),
                tuple("author.name", ProblemCodes.FORBIDDEN_CHARACTER),
                tuple("copies[1].name", ProblemCodes.FORBIDDEN_CHARACTER),
                tuple("body", ProblemCodes.FORBIDDEN_CHARACTER));
        assertThat(problem.errors().get(1).message()).isEqualTo(
                "Ce texte contient un caractère invisible qui change le sens d'écriture (U+202E) : retirez-le.");
    }

    @Test
    void tab_and_line_breaks_are_kept_in_a_text_on_several_lines_only() {
        assertThat(canonical("{\"body\":\"Bonjour,\\r\\n\\tmerci.\"}")).contains("Bonjour,\\r\\n\\tmerci.");
        assertThat(refusal("{\"title\":\"Bonjour,\\nmerci.\"}").errors()).singleElement()
                .satisfies(error -> assertThat(error.message()).startsWith("Ce champ tient sur une seule ligne"));
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
        ProblemException problem = (ProblemException) catchThrowable(() ->
                StrictJson.canonical("""
                        {"kind":"SUBSIDY","amountCents":"100","validTo":"+99999-01-01","employeeIds":[1,"a",3],
                         "perChild":1}""".getBytes(StandardCharsets.UTF_8), Argument.of(CampaignRequest.class)));

        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("amountCents", "validTo",
                "employeeIds[1]", "perChild");
    }
}
