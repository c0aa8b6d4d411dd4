package org.openbenefits.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "test.failing-page", value = "true")
class ErrorPageTest {

    @Inject
    EmbeddedServer server;

    private Pages pages;

    @BeforeEach
    void openPages() {
        pages = new Pages(server);
    }

    @Test
    void an_unknown_page_shows_the_french_error_page_in_the_portal_layout() {
        HttpResponse<String> missing = pages.get("/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(Pages.heading(missing.body())).isEqualTo("Page introuvable");
        assertThat(missing.body()).contains("<title>Page introuvable · Espace salarié · OpenBenefits</title>",
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

    /** A page that fails, to see what visitors get when something breaks. */
    @Requires(property = "test.failing-page", value = "true")
    @Controller("/test-only/failing-page")
    static class FailingPage {

        @Get(produces = MediaType.TEXT_HTML)
        String fail() {
            throw new IllegalStateException("Cannot reach the database password store");
        }
    }
}
