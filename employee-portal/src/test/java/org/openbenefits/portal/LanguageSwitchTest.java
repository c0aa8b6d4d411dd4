package org.openbenefits.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class LanguageSwitchTest {

    @Inject
    EmbeddedServer server;

    private Pages pages;

    @BeforeEach
    void openPages() {
        pages = new Pages(server);
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
    void refuses_to_send_the_visitor_to_another_site() {
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
}
