package org.openbenefits.portalcommon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every portal promises its visitors, whatever its pages: French by default and English on request, an
 * accessible layout, assets that load, friendly error pages, a safe language switch, health and metrics.
 * A portal runs these by extending this class with {@code @MicronautTest @Property(name = "test.failing-page",
 * value = "true")} and naming its headings.
 */
public abstract class PortalContract {

    @Inject
    EmbeddedServer server;

    private Pages pages;

    /** The home page's main heading in French, e.g. "Espace employeur". */
    protected abstract String frenchHeading();

    protected abstract String englishHeading();

    /** The portal's name as page titles show it in French, e.g. "Espace salarié". */
    protected abstract String frenchPortalName();

    protected abstract String englishPortalName();

    protected Pages pages() {
        return pages;
    }

    @BeforeEach
    void openPages() {
        pages = new Pages(server);
    }

    @Test
    void the_home_page_speaks_french_by_default() {
        HttpResponse<String> home = pages.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(Pages.heading(home.body())).isEqualTo(frenchHeading());
        assertThat(home.body()).contains("<html lang=\"fr\"", "<title>Accueil · " + frenchPortalName() + " · OpenBenefits</title>");
    }

    @Test
    void the_home_page_speaks_english_once_english_is_chosen() {
        String home = pages.get("/", "Cookie", "lang=en").body();

        assertThat(Pages.heading(home)).isEqualTo(englishHeading());
        assertThat(home).contains("<html lang=\"en\"", "<title>Home · " + englishPortalName() + " · OpenBenefits</title>");
    }

    @Test
    void the_home_page_stays_french_when_the_browser_prefers_english() {
        String home = pages.get("/", "Accept-Language", "en-US,en;q=0.9").body();

        assertThat(Pages.heading(home)).isEqualTo(frenchHeading());
    }

    @Test
    void the_home_page_stays_french_when_the_language_cookie_names_an_unsupported_language() {
        String home = pages.get("/", "Cookie", "lang=de").body();

        assertThat(Pages.heading(home)).isEqualTo(frenchHeading());
        assertThat(home).contains("<html lang=\"fr\"");
    }

    @Test
    void the_layout_offers_a_skip_link_labelled_navigations_and_a_main_landmark() {
        String home = pages.get("/").body();

        assertThat(home).contains("href=\"#content\"", "Aller au contenu principal",
                "<nav class=\"primary-nav\" aria-label=\"Navigation principale\">",
                "<nav class=\"language-switch\" aria-label=\"Langue\">",
                "<main id=\"content\"", "<footer");
        assertThat(home).containsPattern("<a href=\"/language/en\\?from=%2F\"\\s+lang=\"en\"\\s+hreflang=\"en\">English</a>");
    }

    @Test
    void the_bootstrap_stylesheet_the_layout_links_to_is_served() {
        String stylesheet = Pages.localLinks(pages.get("/").body()).stream()
                .filter(link -> link.startsWith("/webjars/bootstrap/") && link.endsWith("/css/bootstrap.min.css"))
                .findFirst().orElseThrow(() -> new AssertionError("The layout links to no Bootstrap stylesheet"));

        HttpResponse<String> css = pages.get(stylesheet, "Accept", "text/css,*/*;q=0.1");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.body()).contains("Bootstrap");
    }

    @Test
    void the_home_page_links_only_to_pages_and_files_that_exist() {
        assertThat(Pages.localLinks(pages.get("/").body()))
                .isNotEmpty()
                .allSatisfy(link -> assertThat(pages.get(link, "Accept", "*/*").statusCode())
                        .as("GET %s", link)
                        .isIn(200, 303));
    }

    @Test
    void an_unknown_page_shows_the_french_error_page_in_the_portal_layout() {
        HttpResponse<String> missing = pages.get("/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(Pages.heading(missing.body())).isEqualTo("Page introuvable");
        assertThat(missing.body()).contains("<title>Page introuvable · " + frenchPortalName() + " · OpenBenefits</title>",
                "Erreur 404", "Retour à l’accueil", "<nav class=\"primary-nav\"", "<footer");
    }

    @Test
    void an_unknown_page_speaks_english_once_english_is_chosen() {
        HttpResponse<String> missing = pages.get("/no-such-page", "Cookie", "lang=en");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Pages.heading(missing.body())).isEqualTo("Page not found");
        assertThat(missing.body()).contains("Back to the home page");
    }

    @Test
    void a_json_client_still_gets_a_json_error() {
        HttpResponse<String> missing = pages.get("/no-such-page", "Accept", "application/json");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(missing.body()).startsWith("{").doesNotContain("<html");
    }

    @Test
    void a_failure_shows_a_friendly_page_that_reveals_no_internals() {
        HttpResponse<String> failed = pages.get("/test-only/failing-page");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(Pages.heading(failed.body())).isEqualTo("Une erreur est survenue");
        assertThat(failed.body()).contains("Réessayez dans quelques instants").doesNotContain("database password", "Exception");
    }

    @Test
    void choosing_english_remembers_it_and_returns_to_the_page_being_read() {
        HttpResponse<String> switched = pages.get("/language/en?from=%2Fsome%2Fpage%3Ftab%3D2");

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).contains("/some/page?tab=2");
        assertThat(switched.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("lang=en").contains("Path=/", "HTTPOnly", "SameSite=Lax"));
    }

    @Test
    void the_language_switch_refuses_to_send_the_visitor_to_another_site() {
        for (String from : new String[] {"https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example", "%2F%5Cevil.example"}) {
            HttpResponse<String> switched = pages.get("/language/en?from=" + from);

            assertThat(switched.statusCode()).isEqualTo(303);
            assertThat(switched.headers().firstValue("Location")).as("from=%s", from).contains("/");
        }
    }

    @Test
    void an_unsupported_language_changes_nothing() {
        HttpResponse<String> switched = pages.get("/language/de?from=%2F");

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void health_answers_up() {
        HttpResponse<String> health = pages.get("/health", "Accept", "application/json");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheus_scrapes_metrics_as_text() {
        pages.get("/"); // so that HTTP server metrics exist
        HttpResponse<String> metrics = pages.get("/prometheus", "Accept", "text/plain");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains("# HELP jvm_memory_used_bytes", "http_server_requests_seconds_count");
    }
}
