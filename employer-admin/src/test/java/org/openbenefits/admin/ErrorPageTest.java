package org.openbenefits.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
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
        assertThat(missing.body()).contains("<title>Page introuvable · Administration · OpenBenefits</title>",
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
}
