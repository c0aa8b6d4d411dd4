package org.openbenefits.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.FakePlatformApi;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.Pages;

/** Changing the sign-in e-mail address, confirmed with the current password. */
@MicronautTest
class SignInEmailChangeTest extends PortalWithFakeApi {

    private static final String PAGE = "/mon-profil/email";

    @Test
    void the_page_shows_the_current_address_and_labels_its_fields() {
        HttpResponse<String> page = pages().get(PAGE, "Cookie", signedIn());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Pages.heading(page.body())).isEqualTo("Changer d’adresse de connexion");
        assertThat(page.body()).contains("Adresse actuelle : camille.martin@acme.example",
                "<label class=\"form-label\" for=\"newEmail\">Nouvelle adresse e-mail</label>",
                "<label class=\"form-label\" for=\"currentPassword\">Mot de passe actuel</label>");
    }

    @Test
    void an_address_another_account_uses_is_refused_beside_the_new_address() {
        HttpResponse<String> refused = submit(PAGE, PAGE, Map.of("newEmail", FakePlatformApi.EMAIL_OF_ANOTHER_ACCOUNT,
                "currentPassword", FakePlatformApi.PASSWORD), signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"newEmail-error\">Cette adresse e-mail est déjà utilisée par un autre compte",
                "value=\"" + FakePlatformApi.EMAIL_OF_ANOTHER_ACCOUNT + "\"");
        assertThat(api.profile().email()).isEqualTo(FakePlatformApi.WORK_EMAIL);
    }

    @Test
    void a_wrong_password_is_refused_beside_the_password_which_is_never_shown_again() {
        HttpResponse<String> refused = submit(PAGE, PAGE, Map.of("newEmail", "camille@maison.example",
                "currentPassword", "Pas le bon 2026"), signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"currentPassword-error\">Mot de passe actuel incorrect.</div>",
                "value=\"camille@maison.example\"").doesNotContain("Pas le bon 2026");
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

    @Test
    void a_new_address_returns_to_the_profile_with_a_confirmation() {
        HttpResponse<String> changed = submit(PAGE, PAGE, Map.of("newEmail", "camille@maison.example",
                "currentPassword", FakePlatformApi.PASSWORD), signedIn());

        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(changed.headers().firstValue("Location")).contains("/mon-profil");
        assertThat(api.profile().email()).isEqualTo("camille@maison.example");
        assertThat(follow(changed, signedIn()).body()).contains("Votre adresse de connexion est changée",
                "camille@maison.example");
    }
}
