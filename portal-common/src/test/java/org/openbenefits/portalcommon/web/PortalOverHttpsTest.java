package org.openbenefits.portalcommon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.testing.Pages;
import org.openbenefits.portalcommon.testing.PortalCommonAlone;
import org.openbenefits.portalcommon.testing.TestTokens;

/**
 * A portal whose public address is HTTPS, behind a proxy that terminates TLS (the portal itself sees plain HTTP):
 * every cookie is {@code __Host-} prefixed and Secure, cookies without the prefix count for nothing, and HSTS is on.
 */
@MicronautTest
@Property(name = PortalCommonAlone.PROPERTY, value = "true")
@Property(name = "portal.public-url", value = "https://portal.acme.example")
@Property(name = "micronaut.server.locale-resolution.default-locale", value = "fr")
@Property(name = "micronaut.server.locale-resolution.header", value = "false")
@Property(name = "micronaut.http.services.platform-api.url", value = "http://127.0.0.1:9")
class PortalOverHttpsTest {

    @Inject
    EmbeddedServer server;

    @Test
    void the_anti_forgery_cookie_is_host_prefixed_secure_and_bound_to_the_whole_site_of_this_host() {
        HttpResponse<String> page = new Pages(server).get("/connexion");

        assertThat(page.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("__Host-ob_alone_csrf=").contains("Path=/", "Secure", "HTTPOnly", "SameSite=Lax")
                .doesNotContainIgnoringCase("domain"));
        assertThat(Pages.cookie(page, "__Host-ob_alone_csrf")).contains(Pages.csrfField(page.body()));
    }

    @Test
    void browsers_are_told_to_use_https_from_now_on() {
        HttpResponse<String> page = new Pages(server).get("/");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void only_host_prefixed_cookies_count() {
        Pages pages = new Pages(server);

        assertThat(Pages.heading(pages.get("/no-such-page", "Cookie", "__Host-ob_alone_lang=en").body()))
                .isEqualTo("Page not found");
        assertThat(Pages.heading(pages.get("/no-such-page", "Cookie", "ob_alone_lang=en").body()))
                .isEqualTo("Page introuvable");
        assertThat(pages.get("/", "Cookie", "ob_alone_session=" + TestTokens.accessToken("EMPLOYEE")).body())
                .doesNotContain("Camille Martin");
        assertThat(pages.get("/", "Cookie", "__Host-ob_alone_session=" + TestTokens.accessToken("EMPLOYEE")).body())
                .contains("Camille Martin");
    }

    @Test
    void signing_out_expires_the_secure_session_cookies() {
        Pages pages = new Pages(server);
        String token = "C".repeat(43);

        HttpResponse<String> out = pages.post("/deconnexion", Map.of("csrfToken", token), "Cookie",
                "__Host-ob_alone_session=" + TestTokens.accessToken("EMPLOYEE") + "; __Host-ob_alone_refresh=r; "
                        + "__Host-ob_alone_csrf=" + token);

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("__Host-ob_alone_session=;").contains("Max-Age=0", "Secure"))
                .anySatisfy(c -> assertThat(c).startsWith("__Host-ob_alone_refresh=;").contains("Max-Age=0", "Secure"))
                .anySatisfy(c -> assertThat(c).startsWith("__Host-ob_alone_flash=").contains("Secure"));
    }
}
