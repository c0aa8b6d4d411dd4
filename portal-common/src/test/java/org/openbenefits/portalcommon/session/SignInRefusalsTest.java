package org.openbenefits.portalcommon.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.portalcommon.testing.FakeProblems;
import org.openbenefits.portalcommon.web.PortalCookies;
import org.openbenefits.portalcommon.testing.FakeSignInApi;
import org.openbenefits.portalcommon.testing.Pages;
import org.openbenefits.portalcommon.testing.PortalCommonAlone;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * The sign-in page words platform-api's refusals itself, from their codes and parameters, in the visitor's language:
 * a wrong password (or an unknown address: platform-api answers them alike) with the lockout's figures, a lock with
 * how long it lasts and how to lift it, and too many attempts from one connection. A refusal whose code the portal
 * does not know shows the API's words, which the API wrote in the page's language.
 */
@MicronautTest
class SignInRefusalsTest extends PortalTestWithFakeApi {

    /** The cookie names of the test portal (PortalCommonAlone), over plain HTTP. */
    static final PortalCookies ALONE = new PortalCookies("ob_alone", false);

    @Inject
    FakeSignInApi api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(PortalCommonAlone.PROPERTY, "true");
        properties.put(FakeSignInApi.PROPERTY, "true");
        return properties;
    }

    @BeforeEach
    void freshApi() {
        api.reset();
    }

    @Test
    void a_wrong_password_or_an_unknown_address_reads_the_same_and_says_how_to_unlock() {
        HttpResponse<String> french = signIn("fr");
        HttpResponse<String> english = signIn("en");

        assertThat(french.statusCode()).isEqualTo(422);
        assertThat(french.body()).contains("Adresse e-mail ou mot de passe incorrect. Après 5 essais infructueux, la "
                + "connexion est bloquée 15 minutes").doesNotContain("[API");
        assertThat(english.body()).contains("Wrong e-mail address or password. After 5 failed attempts, signing in is "
                + "blocked for 15 minutes");
    }

    @Test
    void a_lock_says_for_how_many_minutes_and_that_a_new_password_lifts_it_in_french_and_english() {
        api.refuseWith(FakeProblems.refusal(IdentityRefusal.SIGN_IN_LOCKED, List.of(), 900L, "minutes", 15L));

        HttpResponse<String> french = signIn("fr");
        HttpResponse<String> english = signIn("en");

        assertThat(french.statusCode()).isEqualTo(422);
        assertThat(french.body()).contains("bloquée pendant 15 min", "lève aussitôt le blocage").doesNotContain("[API");
        assertThat(english.body()).contains("blocked for 15 min", "lifts the block at once");
    }

    @Test
    void too_many_attempts_from_one_connection_say_how_long_to_wait() {
        api.refuseWith(FakeProblems.refusal(GeneralRefusal.TOO_MANY_REQUESTS, List.of(), 20L, "seconds", 20L));

        assertThat(signIn("fr").body()).contains("patientez 20 secondes");
        assertThat(signIn("en").body()).contains("wait 20 seconds");
    }

    @Test
    void each_call_to_the_api_asks_for_the_language_of_the_page() {
        signIn("en");
        signIn("fr");

        assertThat(api.languages()).containsExactly("en", "fr");
    }

    @Test
    void a_refusal_the_portal_does_not_word_shows_the_apis_words_in_the_language_of_the_page() {
        // a code of a newer platform-api, which this portal's catalogue does not have
        api.refuseWith(new ProblemDetail("about:blank", "Forbidden", 403, null, "tomorrow.new-refusal", List.of()));

        assertThat(signIn("en").body()).contains(FakeProblems.apiWords("tomorrow.new-refusal", "en"));
        assertThat(signIn("fr").body()).contains(FakeProblems.apiWords("tomorrow.new-refusal", "fr"));
    }

    private HttpResponse<String> signIn(String language) {
        String lang = ALONE.language() + "=" + language;
        HttpResponse<String> form = pages().get("/connexion", "Cookie", lang);
        String cookies = lang + "; " + ALONE.csrf() + "=" + Pages.cookie(form, ALONE.csrf())
                .orElseThrow(() -> new AssertionError("No anti-forgery cookie"));
        return pages().post("/connexion", Map.of("email", "camille.martin@example.org", "password", "Wrong-password-1",
                "csrfToken", Pages.csrfField(form.body())), "Cookie", cookies);
    }
}
