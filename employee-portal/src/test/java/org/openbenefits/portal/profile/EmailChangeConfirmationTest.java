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
 * The link e-mailed to a new sign-in address (portal-common's page, in this portal): opening it changes nothing, its
 * button changes the address, signed in or not, and closes this browser's session; a spent link says so.
 */
@MicronautTest
class EmailChangeConfirmationTest extends PortalWithFakeApi {

    private static final String PAGE = "/email-de-connexion/confirmer";
    private static final String NEW_EMAIL = "camille@maison.example";

    @Test
    void opening_the_link_shows_one_button_and_changes_nothing_even_for_a_visitor() {
        String token = api.pendingChangeTo(NEW_EMAIL);

        HttpResponse<String> page = pages().get(PAGE + "?jeton=" + token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Pages.heading(page.body())).isEqualTo("Confirmez votre nouvelle adresse de connexion");
        assertThat(page.body()).contains("name=\"jeton\" value=\"" + token + "\"", "name=\"csrfToken\"",
                ">Confirmer ma nouvelle adresse</button>",
                "Toutes vos sessions ouvertes seront fermées : vous vous reconnecterez avec la nouvelle adresse.");
        assertThat(api.calls()).doesNotContain("POST /auth/email-change/confirm");
        assertThat(api.profile().email()).isEqualTo(FakePlatformApi.WORK_EMAIL);
    }

    @Test
    void the_button_changes_the_address_closes_this_session_and_asks_to_sign_in_with_the_new_address() {
        String token = api.pendingChangeTo(NEW_EMAIL);

        HttpResponse<String> confirmed = submit(PAGE + "?jeton=" + token, PAGE, Map.of("jeton", token), signedIn());

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location")).contains("/connexion");
        assertThat(expires(confirmed, COOKIES.session())).as("platform-api ended every session: so does the portal").isTrue();
        assertThat(api.profile().email()).isEqualTo(NEW_EMAIL);
        assertThat(follow(confirmed, "").body())
                .contains("Votre adresse de connexion est désormais camille@maison.example. Connectez-vous avec elle.");
    }

    @Test
    void the_button_works_in_a_browser_where_nobody_is_signed_in() {
        String token = api.pendingChangeTo(NEW_EMAIL);

        HttpResponse<String> confirmed = submit(PAGE + "?jeton=" + token, PAGE, Map.of("jeton", token), "");

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(api.profile().email()).isEqualTo(NEW_EMAIL);
    }

    @Test
    void a_used_replaced_or_unknown_link_shows_the_invalid_link_page_and_changes_nothing() {
        String first = api.pendingChangeTo(NEW_EMAIL);
        api.pendingChangeTo(NEW_EMAIL);

        HttpResponse<String> replaced = submit(PAGE + "?jeton=" + first, PAGE, Map.of("jeton", first), "");

        assertThat(replaced.statusCode()).isEqualTo(410);
        assertThat(Pages.heading(replaced.body())).isEqualTo("Ce lien ne fonctionne plus");
        assertThat(replaced.body()).contains("Ce lien de confirmation n’est plus valable : il a déjà servi, a été "
                        + "remplacé par un plus récent ou annulé, ou a dépassé sa durée de validité.",
                "Connectez-vous avec votre adresse actuelle pour demander un nouveau lien");
        assertThat(api.profile().email()).isEqualTo(FakePlatformApi.WORK_EMAIL);
    }

    @Test
    void an_address_another_account_took_meanwhile_is_refused_clearly() {
        String token = api.pendingChangeTo(NEW_EMAIL);
        api.takeThePendingAddress();

        HttpResponse<String> refused = submit(PAGE + "?jeton=" + token, PAGE, Map.of("jeton", token), "");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Cette adresse e-mail est désormais utilisée par un autre compte : votre "
                + "adresse de connexion n’a pas changé.");
        assertThat(api.profile().email()).isEqualTo(FakePlatformApi.WORK_EMAIL);
    }

    @Test
    void a_link_without_its_token_says_it_is_incomplete() {
        HttpResponse<String> page = pages().get(PAGE);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Ce lien de confirmation est incomplet : ouvrez-le directement depuis l’e-mail reçu.");
    }

    @Test
    void the_page_speaks_english_once_english_is_chosen() {
        String token = api.pendingChangeTo(NEW_EMAIL);

        HttpResponse<String> page = pages().get(PAGE + "?jeton=" + token, "Cookie", COOKIES.language() + "=en");

        assertThat(Pages.heading(page.body())).isEqualTo("Confirm your new sign-in address");
        assertThat(page.body()).contains(">Confirm my new address</button>");
    }
}
