package org.openbenefits.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.FakeWallets;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.Pages;
import org.openbenefits.portalcommon.testing.TestTokens;

/**
 * The home page once signed in: a greeting by first name, the wallet in a few lines, the way to what exists, nothing
 * that does not.
 */
@MicronautTest
class SignedInHomeTest extends PortalWithFakeApi {

    @Test
    void a_signed_in_employee_is_greeted_by_first_name() {
        String home = pages().get("/", "Cookie", signedIn()).body();

        assertThat(Pages.heading(home)).isEqualTo("Bonjour Camille");
        assertThat(home).contains("<title>Accueil · Espace salarié · OpenBenefits</title>");
    }

    @Test
    void a_signed_in_employee_finds_the_catalogue_the_wallet_and_the_profile_in_the_navigation_and_the_cards() {
        String home = pages().get("/", "Cookie", signedIn()).body();

        assertThat(home).containsPattern("<nav class=\"primary-nav\"[^>]*>\\s*<ul>\\s*<li>\\s*<a href=\"/\"[^>]*>Accueil</a>"
                + "\\s*</li>\\s*<li>\\s*<a href=\"/catalogue\">Catalogue</a>"
                + "\\s*</li>\\s*<li>\\s*<a href=\"/mes-dotations\">Mes dotations</a>"
                + "\\s*</li>\\s*<li>\\s*<a href=\"/commandes\">Mes commandes</a>"
                + "\\s*</li>\\s*<li>\\s*<a href=\"/mon-profil\">Mon profil</a>");
        assertThat(home).contains("href=\"/mon-profil/email\"", "href=\"/mon-profil#vos-donnees\"",
                "href=\"/commandes\"", "Chaque ligne suivie, ce qui l’a payée, vos factures.")
                .doesNotContain("Bientôt dans votre espace");
    }

    @Test
    void every_page_the_signed_in_home_links_to_exists() {
        assertThat(Pages.localLinks(pages().get("/", "Cookie", signedIn()).body()))
                .contains("/mon-profil", "/mes-dotations", "/catalogue", "/commandes")
                .map(link -> link.replaceFirst("#.*", ""))
                .allSatisfy(link -> assertThat(pages().get(link, "Accept", "*/*", "Cookie", signedIn()).statusCode())
                        .as("GET %s", link)
                        .isIn(200, 303));
    }

    @Test
    void the_signed_in_home_speaks_english_once_english_is_chosen() {
        String home = pages().get("/", "Cookie", signedIn() + "; " + COOKIES.language() + "=en").body();

        assertThat(Pages.heading(home)).isEqualTo("Hello Camille");
        assertThat(home).contains(">My profile</a>");
    }

    @Test
    void the_home_page_sums_up_the_wallet_with_the_nearest_expiry_and_the_way_to_it() {
        String summary = summary(pages().get("/", "Cookie", signedIn()).body());

        assertThat(summary).isEqualTo("Vos dotations Total disponible 260,00 € Expire dans 12 jours "
                + "Chèque culture · Culture 2026 · 80,00 € restants Voir mes dotations");
    }

    @Test
    void an_expiry_within_thirty_days_is_highlighted_on_the_home_page_and_a_later_one_is_not() {
        api.giveWallet(FakeWallets.of(FakeWallets.giftCheque(1, "Noël", 150, 45)));
        String later = pages().get("/", "Cookie", signedIn()).body();
        api.giveWallet(FakeWallets.of(FakeWallets.giftCheque(1, "Noël", 150, 1)));
        String tomorrow = pages().get("/", "Cookie", signedIn()).body();

        assertThat(summary(later)).contains("Expire dans 45 jours");
        assertThat(later).doesNotContain("grant-expiry--soon");
        assertThat(summary(tomorrow)).contains("Expire demain Chèque cadeau · Noël · 150,00 € restants");
        assertThat(tomorrow).contains("grant-expiry grant-expiry--soon");
    }

    @Test
    void without_any_allowance_the_home_page_says_the_employer_has_given_none_yet() {
        api.giveWallet(FakeWallets.empty());

        String summary = summary(pages().get("/", "Cookie", signedIn()).body());

        assertThat(summary).isEqualTo("Vos dotations Votre employeur ne vous a pas encore attribué de dotation. "
                + "Vous recevrez un e-mail dès qu’une dotation vous sera attribuée. Voir mes dotations");
    }

    @Test
    void the_home_page_still_greets_when_the_wallet_cannot_be_read() {
        api.failTheWallet();

        HttpResponse<String> home = pages().get("/", "Cookie", signedIn());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(Pages.heading(home.body())).isEqualTo("Bonjour Camille");
        assertThat(summary(home.body())).contains("Vos dotations ne peuvent pas être affichées pour le moment.");
    }

    @Test
    void the_wallet_summary_speaks_english_once_english_is_chosen() {
        String summary = summary(pages().get("/", "Cookie", signedIn() + "; " + COOKIES.language() + "=en").body());

        assertThat(summary).isEqualTo("Your allowances Total available €260.00 Expires in 12 days "
                + "Culture cheque · Culture 2026 · €80.00 left See my allowances");
    }

    @Test
    void a_visitor_keeps_the_presentation_of_the_portal_without_the_profile() {
        String home = pages().get("/").body();

        assertThat(Pages.heading(home)).isEqualTo("Bienvenue sur votre espace avantages");
        assertThat(home).doesNotContain("/mon-profil", "/mes-dotations");
        assertThat(api.calls()).isEmpty();
    }

    @Test
    void a_person_of_the_other_portal_is_not_greeted_as_an_employee() {
        String home = pages().get("/", "Cookie", COOKIES.session() + "=" + TestTokens.accessToken("HR_MANAGER")).body();

        assertThat(Pages.heading(home)).isEqualTo("Bienvenue sur votre espace avantages");
        assertThat(home).doesNotContain("/mon-profil");
    }

    /** The wallet summary's text as a person reads it. */
    private static String summary(String home) {
        int start = home.indexOf("<div class=\"wallet-summary\">");
        assertThat(start).as("wallet summary in the page").isNotNegative();
        int end = home.indexOf("</section>", start);
        return home.substring(start, end).replaceAll("<[^>]+>", " ").replace('\u00a0', ' ').replace('\u202f', ' ')
                .replaceAll("\\s+", " ").strip();
    }
}
