package org.openbenefits.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class HomePageTest {

    @Inject
    EmbeddedServer server;

    private Pages pages;

    @BeforeEach
    void openPages() {
        pages = new Pages(server);
    }

    @Test
    void welcomes_the_employee_in_french_by_default() {
        HttpResponse<String> home = pages.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(Pages.heading(home.body())).isEqualTo("Bienvenue sur votre espace avantages");
        assertThat(home.body()).contains("<html lang=\"fr\"", "<title>Accueil · Espace salarié · OpenBenefits</title>");
    }

    @Test
    void welcomes_the_employee_in_english_once_english_is_chosen() {
        String home = pages.get("/", "Cookie", "lang=en").body();

        assertThat(Pages.heading(home)).isEqualTo("Welcome to your benefits space");
        assertThat(home).contains("<html lang=\"en\"", "<title>Home · Employee space · OpenBenefits</title>");
    }

    @Test
    void stays_french_when_the_browser_prefers_english() {
        String home = pages.get("/", "Accept-Language", "en-US,en;q=0.9").body();

        assertThat(Pages.heading(home)).isEqualTo("Bienvenue sur votre espace avantages");
    }

    @Test
    void stays_french_when_the_language_cookie_names_an_unsupported_language() {
        String home = pages.get("/", "Cookie", "lang=de").body();

        assertThat(Pages.heading(home)).isEqualTo("Bienvenue sur votre espace avantages");
        assertThat(home).contains("<html lang=\"fr\"");
    }

    @Test
    void presents_allowances_the_catalogue_orders_and_help() {
        String home = pages.get("/").body();

        assertThat(home).contains("Vos dotations", "Leurs dates d’expiration", "Le catalogue", "Commandes et livraisons",
                "Aide et chat", "e-billets", "cartes cadeaux");
    }

    @Test
    void offers_a_skip_link_labelled_navigations_and_a_main_landmark() {
        String home = pages.get("/").body();

        assertThat(home).contains("href=\"#content\"", "Aller au contenu principal",
                "<nav class=\"primary-nav\" aria-label=\"Navigation principale\">",
                "<nav class=\"language-switch\" aria-label=\"Langue\">",
                "<main id=\"content\"", "<footer");
        assertThat(home).containsPattern("<a href=\"/language/en\\?from=%2F\"\\s+lang=\"en\"\\s+hreflang=\"en\">English</a>");
    }

    @Test
    void serves_the_bootstrap_stylesheet_the_layout_links_to() {
        String stylesheet = Pages.localLinks(pages.get("/").body()).stream()
                .filter(link -> link.startsWith("/webjars/bootstrap/") && link.endsWith("/css/bootstrap.min.css"))
                .findFirst().orElseThrow(() -> new AssertionError("The layout links to no Bootstrap stylesheet"));

        HttpResponse<String> css = pages.get(stylesheet, "Accept", "text/css,*/*;q=0.1");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.body()).contains("Bootstrap");
    }

    @Test
    void links_only_to_pages_and_files_that_exist() {
        assertThat(Pages.localLinks(pages.get("/").body()))
                .isNotEmpty()
                .allSatisfy(link -> assertThat(pages.get(link, "Accept", "*/*").statusCode())
                        .as("GET %s", link)
                        .isIn(200, 303));
    }
}
