package org.openbenefits.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.FakePlatformApi;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.Pages;

/** Deleting the account: explained first, confirmed with the password and a box, and the end of the session. */
@MicronautTest
class AccountDeletionTest extends PortalWithFakeApi {

    private static final String PAGE = "/mon-profil/suppression";

    @Test
    void the_page_explains_what_deletion_does_before_asking_for_the_password_and_a_confirmation() {
        HttpResponse<String> page = pages().get(PAGE, "Cookie", signedIn());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Pages.heading(page.body())).isEqualTo("Supprimer mon compte");
        assertThat(page.body()).contains("Vos informations personnelles sont anonymisées.", "Votre accès est fermé.",
                "L’historique comptable est conservé.", "C’est définitif.",
                "<label class=\"form-label\" for=\"currentPassword\">Mot de passe</label>",
                "<label class=\"form-check-label\" for=\"confirmation\">Je comprends que la suppression de mon compte est définitive.</label>",
                "href=\"/mon-profil/donnees\"");
    }

    @Test
    void deleting_the_account_ends_the_session_and_says_so_on_the_sign_in_page() {
        HttpResponse<String> deleted = submit(PAGE, PAGE,
                Map.of("currentPassword", FakePlatformApi.PASSWORD, "confirmation", "oui"),
                signedIn() + "; " + COOKIES.refresh() + "=a-refresh-token");

        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).contains("/connexion");
        assertThat(api.deleted()).isTrue();
        assertThat(expires(deleted, COOKIES.session())).isTrue();
        assertThat(expires(deleted, COOKIES.refresh())).isTrue();
        HttpResponse<String> signIn = follow(deleted, "");
        assertThat(Pages.heading(signIn.body())).isEqualTo("Connexion");
        assertThat(signIn.body()).contains("Votre compte est supprimé");
    }

    @Test
    void a_wrong_password_deletes_nothing_and_keeps_the_session() {
        HttpResponse<String> refused = submit(PAGE, PAGE,
                Map.of("currentPassword", "Pas le bon 2026", "confirmation", "oui"), signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"currentPassword-error\">Mot de passe incorrect : rien n’a été modifié.</div>")
                .containsPattern("id=\"confirmation\"[^>]*checked=\"checked\"")
                .doesNotContain("Pas le bon 2026");
        assertThat(api.deleted()).isFalse();
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith(COOKIES.session() + "="));
    }

    @Test
    void without_the_confirmation_box_nothing_is_sent_to_the_api() {
        HttpResponse<String> refused = submit(PAGE, PAGE, Map.of("currentPassword", FakePlatformApi.PASSWORD), signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"confirmation-error\">Cochez la case pour confirmer")
                .doesNotContain("currentPassword-error");
        assertThat(api.calls()).doesNotContain("POST /deletion");
        assertThat(api.deleted()).isFalse();
    }
}
