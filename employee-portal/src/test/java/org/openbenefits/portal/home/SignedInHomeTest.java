package org.openbenefits.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.Pages;
import org.openbenefits.portalcommon.testing.TestTokens;

/** The home page once signed in: a greeting by first name, the way to what exists, nothing that does not. */
@MicronautTest
class SignedInHomeTest extends PortalWithFakeApi {

    @Test
    void a_signed_in_employee_is_greeted_by_first_name() {
        String home = pages().get("/", "Cookie", signedIn()).body();

        assertThat(Pages.heading(home)).isEqualTo("Bonjour Camille");
        assertThat(home).contains("<title>Accueil · Espace salarié · OpenBenefits</title>");
    }

    @Test
    void a_signed_in_employee_finds_the_profile_in_the_navigation_and_the_cards() {
        String home = pages().get("/", "Cookie", signedIn()).body();

        assertThat(home).containsPattern("<nav class=\"primary-nav\"[^>]*>\\s*<ul>\\s*<li>\\s*<a href=\"/\"[^>]*>Accueil</a>"
                + "\\s*</li>\\s*<li>\\s*<a href=\"/mon-profil\">Mon profil</a>");
        assertThat(home).contains("href=\"/mon-profil/email\"", "href=\"/mon-profil#vos-donnees\"",
                "Bientôt dans votre espace");
    }

    @Test
    void every_page_the_signed_in_home_links_to_exists() {
        assertThat(Pages.localLinks(pages().get("/", "Cookie", signedIn()).body()))
                .contains("/mon-profil")
                .map(link -> link.replaceFirst("#.*", ""))
                .allSatisfy(link -> assertThat(pages().get(link, "Accept", "*/*", "Cookie", signedIn()).statusCode())
                        .as("GET %s", link)
                        .isIn(200, 303));
    }

    @Test
    void the_signed_in_home_speaks_english_once_english_is_chosen() {
        String home = pages().get("/", "Cookie", signedIn() + "; lang=en").body();

        assertThat(Pages.heading(home)).isEqualTo("Hello Camille");
        assertThat(home).contains(">My profile</a>");
    }

    @Test
    void a_visitor_keeps_the_presentation_of_the_portal_without_the_profile() {
        String home = pages().get("/").body();

        assertThat(Pages.heading(home)).isEqualTo("Bienvenue sur votre espace avantages");
        assertThat(home).doesNotContain("/mon-profil");
        assertThat(api.calls()).isEmpty();
    }

    @Test
    void a_person_of_the_other_portal_is_not_greeted_as_an_employee() {
        String home = pages().get("/", "Cookie", "ob_session=" + TestTokens.accessToken("HR_MANAGER")).body();

        assertThat(Pages.heading(home)).isEqualTo("Bienvenue sur votre espace avantages");
        assertThat(home).doesNotContain("/mon-profil");
    }
}
