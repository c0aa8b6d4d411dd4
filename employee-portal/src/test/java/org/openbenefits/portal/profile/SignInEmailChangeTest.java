package org.openbenefits.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.FakePlatformApi;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.Pages;

/**
 * Asking to change the sign-in e-mail address, with the current password: the address changes only through the link
 * e-mailed to the new one; meanwhile the change waits, and its link can be sent again or the change cancelled.
 */
@MicronautTest
class SignInEmailChangeTest extends PortalWithFakeApi {

    private static final String PAGE = "/mon-profil/email";
    private static final String PROFILE = "/mon-profil";
    private static final String NEW_EMAIL = "camille@maison.example";

    @Test
    void the_page_shows_the_current_address_and_labels_its_fields() {
        HttpResponse<String> page = pages().get(PAGE, "Cookie", signedIn());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Pages.heading(page.body())).isEqualTo("Changer d’adresse de connexion");
        assertThat(page.body()).contains("Adresse actuelle : camille.martin@acme.example",
                "<label class=\"form-label\" for=\"newEmail\">Nouvelle adresse e-mail</label>",
                "<label class=\"form-label\" for=\"currentPassword\">Mot de passe actuel</label>",
                "Nous y enverrons un lien de confirmation")
                .doesNotContain("En attente de confirmation");
    }

    @Test
    void asking_returns_to_the_profile_which_shows_the_change_waiting_for_its_link_and_the_address_unchanged() {
        HttpResponse<String> asked = submit(PAGE, PAGE, Map.of("newEmail", " Camille@Maison.example ",
                "currentPassword", FakePlatformApi.PASSWORD), signedIn());

        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location")).contains(PROFILE);
        assertThat(api.profile().email()).isEqualTo(FakePlatformApi.WORK_EMAIL);
        String profile = follow(asked, signedIn()).body();
        assertThat(profile).contains(
                "Nous avons envoyé un lien de confirmation à camille@maison.example. Votre adresse de connexion "
                        + "changera quand vous l’aurez ouvert, avant le 23/11/2026 14:05.",
                "En attente de confirmation : camille@maison.example (lien valable jusqu’au 23/11/2026 14:05, heure "
                        + "de Paris).",
                "action=\"/mon-profil/email/renvoi\"", "action=\"/mon-profil/email/annulation\"",
                ">Renvoyer le lien</button>", ">Annuler le changement</button>");
        assertThat(profile).containsPattern("Adresse de connexion</dt>\\s*<dd[^>]*>camille.martin@acme.example</dd>");
        assertThat(profile.split("name=\"csrfToken\"", -1)).as("every form carries the anti-forgery token")
                .hasSize(profile.split("<form ", -1).length);
    }

    @Test
    void the_change_page_also_shows_the_change_waiting_for_its_link() {
        api.pendingChangeTo(NEW_EMAIL);

        String page = pages().get(PAGE, "Cookie", signedIn()).body();

        assertThat(page).contains("Adresse actuelle : camille.martin@acme.example",
                "En attente de confirmation : camille@maison.example", "action=\"/mon-profil/email/renvoi\"");
    }

    @Test
    void the_link_can_be_sent_again_from_the_profile_and_the_new_one_replaces_it() {
        api.pendingChangeTo(NEW_EMAIL);

        HttpResponse<String> resent = submit(PROFILE, PAGE + "/renvoi", Map.of(), signedIn());

        assertThat(resent.statusCode()).isEqualTo(303);
        assertThat(api.latestLink()).isEqualTo("lien-2");
        assertThat(follow(resent, signedIn()).body()).contains("Nouveau lien de confirmation envoyé à "
                + "camille@maison.example, valable jusqu’au 23/11/2026 14:05. Le précédent ne fonctionne plus.");
    }

    @Test
    void the_change_can_be_cancelled_from_the_profile() {
        api.pendingChangeTo(NEW_EMAIL);

        HttpResponse<String> cancelled = submit(PROFILE, PAGE + "/annulation", Map.of(), signedIn());

        assertThat(cancelled.statusCode()).isEqualTo(303);
        assertThat(api.calls()).contains("DELETE /email/pending");
        assertThat(api.profile().pendingEmailChange()).isNull();
        assertThat(follow(cancelled, signedIn()).body())
                .contains("Changement d’adresse annulé : vous continuez à vous connecter avec votre adresse actuelle.")
                .doesNotContain("En attente de confirmation");
    }

    @Test
    void sending_again_a_change_that_expired_meanwhile_says_so() {
        HttpResponse<String> resent = submit(PROFILE, PAGE + "/renvoi", Map.of(), signedIn());

        assertThat(resent.statusCode()).isEqualTo(303);
        assertThat(follow(resent, signedIn()).body())
                .contains("Aucun changement d’adresse de connexion n’attend de confirmation.");
    }

    @Test
    void too_many_confirmation_e_mails_are_refused_with_the_wait_in_french_and_in_english() {
        api.reachTheMailLimit();

        HttpResponse<String> french = submit(PAGE, PAGE, Map.of("newEmail", NEW_EMAIL,
                "currentPassword", FakePlatformApi.PASSWORD), signedIn());
        HttpResponse<String> english = submit(PAGE, PAGE, Map.of("newEmail", NEW_EMAIL,
                "currentPassword", FakePlatformApi.PASSWORD), signedIn() + "; " + COOKIES.language() + "=en");

        assertThat(french.statusCode()).isEqualTo(429);
        assertThat(french.body()).contains("role=\"alert\">Trop d’e-mails de confirmation envoyés pour votre compte "
                + "dans l’heure : vous pourrez en demander un autre dans 25 min.</div>", "value=\"" + NEW_EMAIL + "\"");
        assertThat(english.body()).contains("Too many confirmation e-mails sent for your account within the hour: you "
                + "can ask for another one in 25 min.");
        assertThat(api.profile().pendingEmailChange()).isNull();
    }

    @Test
    void an_address_another_account_uses_is_refused_beside_the_new_address() {
        HttpResponse<String> refused = submit(PAGE, PAGE, Map.of("newEmail", FakePlatformApi.EMAIL_OF_ANOTHER_ACCOUNT,
                "currentPassword", FakePlatformApi.PASSWORD), signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"newEmail-error\">Cette adresse e-mail est déjà utilisée par un autre compte",
                "value=\"" + FakePlatformApi.EMAIL_OF_ANOTHER_ACCOUNT + "\"");
        assertThat(api.profile().email()).isEqualTo(FakePlatformApi.WORK_EMAIL);
        assertThat(api.profile().pendingEmailChange()).isNull();
    }

    @Test
    void a_wrong_password_is_refused_beside_the_password_which_is_never_shown_again() {
        HttpResponse<String> refused = submit(PAGE, PAGE, Map.of("newEmail", NEW_EMAIL,
                "currentPassword", "Pas le bon 2026"), signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"currentPassword-error\">Mot de passe incorrect : rien n’a été modifié.</div>",
                "value=\"" + NEW_EMAIL + "\"").doesNotContain("Pas le bon 2026");
        assertThat(expires(refused, COOKIES.session())).as("the session goes on").isFalse();
    }

    @Test
    void empty_fields_are_refused_beside_each_without_asking_the_api() {
        HttpResponse<String> refused = submit(PAGE, PAGE, Map.of("newEmail", " ", "currentPassword", ""), signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"newEmail-error\">Indiquez la nouvelle adresse e-mail.</div>",
                "id=\"currentPassword-error\">Indiquez votre mot de passe actuel.</div>");
        assertThat(api.calls()).doesNotContain("POST /email");
    }
}
