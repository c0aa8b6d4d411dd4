package org.openbenefits.portalcommon.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.web.PortalCookies;

/** The one-time confirmation's cookie: what it carries, how far, and what it refuses to read. */
class FlashTest {

    private final PortalCookies cookies = new PortalCookies("ob_test", false);
    private final HttpRequest<?> request = HttpRequest.GET("/salaries");

    @BeforeEach
    void onAPortal() {
        cookies.attachTo(request);
    }

    @Test
    void a_message_without_arguments_travels_as_its_key_alone() {
        Cookie cookie = flash(response -> Flash.next(request, response, "password.changed"));

        assertThat(cookie.getValue()).isEqualTo("password.changed");
        assertThat(cookie.getMaxAge()).isEqualTo(Duration.ofMinutes(1).toSeconds());
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(Flash.read(cookie.getValue())).contains(new Flash.Message("password.changed", List.of()));
    }

    @Test
    void arguments_travel_url_encoded_and_come_back_as_they_were_given() {
        Cookie cookie = flash(response -> Flash.next(request, response, "employees.invited",
                "o’brien+camille@acme.example", "Lyon & Paris; <b>"));

        assertThat(cookie.getValue()).isEqualTo("employees.invited&o%E2%80%99brien%2Bcamille%40acme.example"
                + "&Lyon+%26+Paris%3B+%3Cb%3E");
        assertThat(Flash.read(cookie.getValue())).hasValueSatisfying(message -> {
            assertThat(message.key()).isEqualTo("employees.invited");
            assertThat(message.argument(0)).isEqualTo("o’brien+camille@acme.example");
            assertThat(message.argument(1)).isEqualTo("Lyon & Paris; <b>");
            assertThat(message.argument(2)).isEmpty();
        });
    }

    @Test
    void a_long_argument_is_shortened_to_fit_the_cookie_and_says_so() {
        String address = "é".repeat(400) + "@acme.example";

        Cookie cookie = flash(response -> Flash.next(request, response, "employees.invited", address));

        String encoded = cookie.getValue().substring("employees.invited&".length());
        assertThat(encoded.length()).isLessThanOrEqualTo(Flash.MAX_ENCODED_ARGUMENT);
        String shown = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        assertThat(shown).startsWith("éééé").endsWith("é…");
        assertThat(Flash.read(cookie.getValue()))
                .hasValueSatisfying(message -> assertThat(message.argument(0)).isEqualTo(shown));
    }

    @Test
    void more_arguments_than_the_layout_shows_is_a_mistake() {
        assertThatThrownBy(() -> Flash.next(request, HttpResponse.ok(), "employees.invited", "a", "b", "c", "d"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_cookie_that_does_not_read_as_a_key_and_encoded_arguments_shows_nothing() {
        assertThat(Flash.read("")).isEmpty();
        assertThat(Flash.read("<script>")).isEmpty();
        assertThat(Flash.read("employees.invited&<b>camille</b>")).isEmpty();
        assertThat(Flash.read("employees.invited&%zz")).isEmpty();
        assertThat(Flash.read("employees.invited&a&b&c&d")).isEmpty();
        assertThat(Flash.read("employees.invited&" + "a".repeat(Flash.MAX_ENCODED_ARGUMENT + 1))).isEmpty();
    }

    private Cookie flash(Consumer<MutableHttpResponse<?>> writing) {
        MutableHttpResponse<?> response = HttpResponse.ok();
        writing.accept(response);
        return response.getCookies().findCookie(cookies.flash()).orElseThrow();
    }
}
