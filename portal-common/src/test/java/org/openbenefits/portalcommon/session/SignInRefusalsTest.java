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
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.portalcommon.web.PortalCookies;
import org.openbenefits.portalcommon.testing.FakeSignInApi;
import org.openbenefits.portalcommon.testing.Pages;
import org.openbenefits.portalcommon.testing.PortalCommonAlone;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * The sign-in page words the refusals that slow guessing down itself, in the visitor's language: a wrong password
 * (or an unknown address: platform-api answers them alike), a lock with how long it lasts and how to lift it, and
 * too many attempts from one connection.
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
        assertThat(french.body()).contains("Adresse e-mail ou mot de passe incorrect. Après plusieurs essais infructueux");
        assertThat(english.body()).contains("Wrong e-mail address or password. After several failed attempts");
    }

    @Test
    void a_lock_says_for_how_many_minutes_and_that_a_new_password_lifts_it_in_french_and_english() {
        api.refuseWith(new ProblemDetail("about:blank", "Connexion bloquée", 423, "Trop d'essais (texte de l'API)",
                ProblemCodes.ACCOUNT_LOCKED, List.of(), 900L));

        HttpResponse<String> french = signIn("fr");
        HttpResponse<String> english = signIn("en");

        assertThat(french.statusCode()).isEqualTo(422);
        assertThat(french.body()).contains("bloquée pendant 15 min", "lève aussitôt le blocage")
                .doesNotContain("texte de l");
        assertThat(english.body()).contains("blocked for 15 min", "lifts the block at once");
    }

    @Test
    void too_many_attempts_from_one_connection_say_how_long_to_wait() {
        api.refuseWith(new ProblemDetail("about:blank", "Trop de tentatives", 429, "Trop de tentatives (API)",
                ProblemCodes.TOO_MANY_REQUESTS, List.of(), 20L));

        assertThat(signIn("fr").body()).contains("patientez 20 secondes");
        assertThat(signIn("en").body()).contains("wait 20 seconds");
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
