package org.openbenefits.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.testing.Pages;
import org.openbenefits.portalcommon.testing.TestTokens;

/** Who lands where, who may open which area, and the navigation each role sees. */
@MicronautTest
class AccessByRoleTest extends AdminPortalTest {

    @Test
    void a_visitor_asking_for_the_employees_is_sent_to_sign_in_and_brought_back_afterwards() {
        HttpResponse<String> asked = pages().get("/salaries?q=martin");

        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location")).contains("/connexion?retour=%2Fsalaries%3Fq%3Dmartin");
    }

    @Test
    void the_link_confirming_a_new_sign_in_address_opens_for_a_visitor_and_for_any_role() {
        HttpResponse<String> visitor = pages().get("/email-de-connexion/confirmer?jeton=abc");
        HttpResponse<String> support = pages().get("/email-de-connexion/confirmer?jeton=abc", "Cookie",
                signedIn("SUPPORT_AGENT"));

        for (HttpResponse<String> page : List.of(visitor, support)) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(Pages.heading(page.body())).isEqualTo("Confirmez votre nouvelle adresse de connexion");
        }
    }

    @Test
    void each_role_lands_on_its_own_area_after_signing_in() {
        assertThat(landing("HR_MANAGER")).isEqualTo("/salaries");
        assertThat(landing("PLATFORM_ADMIN")).isEqualTo("/journal");
        assertThat(landing("SUPPORT_AGENT")).isEqualTo("/plateforme");
    }

    @Test
    void a_support_agent_gets_the_403_page_for_the_hr_areas_and_the_audit_log() {
        for (String path : List.of("/salaries", "/salaries/nouveau", "/salaries/import", "/salaries/100",
                "/gestionnaires", "/journal", "/budget", "/campagnes", "/campagnes/nouvelle", "/campagnes/300",
                "/campagnes/300/dotations/301/revocation", "/plateforme/virements", "/plateforme/grand-livre",
                "/plateforme/offres", "/plateforme/offres/nouvelle", "/plateforme/offres/401", "/plateforme/livraison",
                "/plateforme/codes-avantage", "/plateforme/codes-avantage/nouveau")) {
            HttpResponse<String> refused = pages().get(path, "Cookie", signedIn("SUPPORT_AGENT"));

            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(Pages.heading(refused.body())).isEqualTo("Accès refusé");
        }
        assertThat(employeeApi.calls()).isEmpty();
        assertThat(allowanceApi.calls()).isEmpty();
        assertThat(catalogueApi.calls()).isEmpty();
    }

    @Test
    void a_platform_admin_reads_the_audit_log_but_not_an_employers_employees() {
        for (String path : List.of("/salaries", "/gestionnaires", "/budget", "/campagnes", "/campagnes/nouvelle")) {
            assertThat(pages().get(path, "Cookie", signedIn("PLATFORM_ADMIN")).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(pages().get("/plateforme/virements", "Cookie", signedIn("PLATFORM_ADMIN")).statusCode())
                .isEqualTo(200);
        assertThat(pages().get("/plateforme/offres", "Cookie", signedIn("PLATFORM_ADMIN")).statusCode())
                .isEqualTo(200);
        assertThat(pages().get("/journal", "Cookie", signedIn("PLATFORM_ADMIN")).statusCode()).isEqualTo(200);
    }

    @Test
    void a_forged_platform_admin_token_opens_no_staff_page_and_reaches_no_api() {
        TestTokens.forged("PLATFORM_ADMIN").forEach((attack, token) -> {
            for (String path : List.of("/plateforme/virements", "/plateforme/grand-livre", "/plateforme/offres",
                    "/journal")) {
                HttpResponse<String> asked = pages().get(path, "Cookie", COOKIES.session() + "=" + token + "; " + COOKIES.csrf() + "=" + CSRF);

                assertThat(asked.statusCode()).as(attack + " on " + path).isEqualTo(303);
                assertThat(asked.headers().firstValue("Location")).as(attack)
                        .hasValueSatisfying(to -> assertThat(to).startsWith("/connexion"));
            }
        });
        assertThat(employeeApi.calls()).isEmpty();
        assertThat(allowanceApi.calls()).isEmpty();
    }

    @Test
    void an_hr_manager_gets_the_403_page_for_the_staff_home_and_the_platform_admins_pages() {
        assertThat(getAsHr("/plateforme").statusCode()).isEqualTo(403);
        assertThat(getAsHr("/plateforme/virements").statusCode()).isEqualTo(403);
        assertThat(getAsHr("/plateforme/grand-livre").statusCode()).isEqualTo(403);
        assertThat(getAsHr("/plateforme/offres").statusCode()).isEqualTo(403);
        assertThat(getAsHr("/plateforme/offres/nouvelle").statusCode()).isEqualTo(403);
        assertThat(getAsHr("/plateforme/livraison").statusCode()).isEqualTo(403);
        assertThat(getAsHr("/plateforme/codes-avantage").statusCode()).isEqualTo(403);
    }

    @Test
    void an_hr_manager_navigates_between_employees_budget_campaigns_managers_and_the_audit_log() {
        String page = getAsHr("/salaries").body();

        assertThat(navigation(page)).containsExactly("/salaries", "/budget", "/campagnes", "/gestionnaires", "/journal");
        assertThat(page).contains("href=\"/salaries\" aria-current=\"page\">Salariés</a>",
                "href=\"/budget\">Budget</a>", "href=\"/campagnes\">Campagnes</a>");
        assertThat(getAsHr("/campagnes/nouvelle").body()).contains("href=\"/campagnes\" aria-current=\"page\">Campagnes</a>");
    }

    @Test
    void the_staff_home_tells_a_support_agent_that_the_support_tools_come_later_and_links_nowhere_dead() {
        HttpResponse<String> home = pages().get("/plateforme", "Cookie", signedIn("SUPPORT_AGENT"));

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(Pages.heading(home.body())).isEqualTo("Espace plateforme");
        assertThat(home.body()).contains("arrivent avec une prochaine version", "pas encore disponibles")
                .doesNotContain("href=\"/journal\"");
        assertThat(navigation(home.body())).containsExactly("/plateforme");
        assertThat(Pages.localLinks(home.body())).allSatisfy(link -> assertThat(
                pages().get(link, "Accept", "*/*", "Cookie", signedIn("SUPPORT_AGENT")).statusCode())
                .as("GET %s", link).isIn(200, 303));
    }

    @Test
    void the_staff_home_leads_a_platform_admin_to_the_audit_log() {
        String home = pages().get("/plateforme", "Cookie", signedIn("PLATFORM_ADMIN")).body();

        assertThat(home).contains("href=\"/journal\"", "Ouvrir le journal d’audit");
        assertThat(navigation(home)).containsExactly("/plateforme", "/journal");
    }

    @Test
    void the_home_page_offers_a_signed_in_person_the_way_to_their_space() {
        assertThat(getAsHr("/").body()).contains("href=\"/salaries\">Ouvrir mon espace</a>");
        assertThat(pages().get("/").body()).doesNotContain("Ouvrir mon espace");
    }

    private String landing(String role) {
        HttpResponse<String> signIn = pages().get("/connexion", "Cookie", signedIn(role));
        assertThat(signIn.statusCode()).as(role).isEqualTo(303);
        return signIn.headers().firstValue("Location").orElseThrow();
    }

    private static List<String> navigation(String page) {
        String nav = page.substring(page.indexOf("<nav class=\"primary-nav\""), page.indexOf("</nav>", page.indexOf("<nav class=\"primary-nav\"")));
        return Pages.localLinks(nav);
    }
}
