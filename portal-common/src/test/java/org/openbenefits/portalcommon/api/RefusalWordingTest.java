package org.openbenefits.portalcommon.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.portalcommon.i18n.CommonMessages;

/** platform-api's refusals in the portal's words, from their codes and parameters, or in the API's when it has none. */
class RefusalWordingTest {

    private final RefusalWording wording = new RefusalWording(new CommonMessages());

    @Test
    void a_code_is_worded_from_the_bundle_with_its_parameters_in_the_language_of_the_page() {
        Map<String, Object> parameters = Map.of("attempts", 5, "minutes", 15);

        assertThat(wording.word(IdentityRefusal.INVALID_CREDENTIALS.code(), parameters, Locale.FRENCH))
                .hasValueSatisfying(text -> assertThat(text).startsWith("Adresse e-mail ou mot de passe incorrect. "
                        + "Après 5 essais infructueux, la connexion est bloquée 15 minutes"));
        assertThat(wording.word(IdentityRefusal.INVALID_CREDENTIALS.code(), parameters, Locale.ENGLISH))
                .hasValueSatisfying(text -> assertThat(text).startsWith("Wrong e-mail address or password. After 5 "
                        + "failed attempts, signing in is blocked for 15 minutes"));
    }

    @Test
    void a_code_the_portal_does_not_word_or_a_missing_parameter_leaves_the_apis_words() {
        assertThat(wording.word("tomorrow.new-refusal", Map.of(), Locale.FRENCH)).isEmpty();
        assertThat(wording.word(GeneralRefusal.TOO_MANY_REQUESTS.code(), Map.of(), Locale.FRENCH)).isEmpty();
        assertThat(wording.word(null, Map.of(), Locale.FRENCH)).isEmpty();
    }

    @Test
    void a_problem_gets_the_portals_detail_and_field_messages_and_keeps_its_codes_fields_and_parameters() {
        ProblemDetail problem = new ProblemDetail("about:blank", "Bad Request", 400, "API detail", GeneralRefusal.INVALID_REQUEST.code(),
                List.of(new ProblemDetail.FieldError("name", "API message", FieldCode.TOO_LONG.code(), Map.of("max", 200)),
                        new ProblemDetail.FieldError("other", "API message of an unknown rule", "tomorrow.rule", null)),
                null, Map.of());

        ProblemDetail english = wording.worded(problem, Locale.ENGLISH);

        assertThat(english.detail()).isEqualTo("Some fields need correcting: see the message beside each.");
        assertThat(english.errors()).extracting(ProblemDetail.FieldError::message)
                .containsExactly("This field holds at most 200 characters.", "API message of an unknown rule");
        assertThat(english.errors()).extracting(ProblemDetail.FieldError::code)
                .containsExactly(FieldCode.TOO_LONG.code(), "tomorrow.rule");
        assertThat(english.errors().getFirst().parameters()).containsEntry("max", 200);
        assertThat(english.code()).isEqualTo(problem.code());
        assertThat(wording.worded(problem, Locale.FRENCH).detail())
                .isEqualTo("Certains champs sont à corriger : voyez le message de chacun.");
    }

    @Test
    void a_sentence_names_its_parameters_with_or_without_a_style() {
        assertThat(RefusalWording.placeholders("Au plus {limit,megabytes} Mo, {found} lignes ; {limit} octets"))
                .containsExactly("limit", "found");
    }
}
