package org.openbenefits.portalcommon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.testing.Pages;
import org.openbenefits.portalcommon.testing.FakeSignIn;
import org.openbenefits.portalcommon.testing.PortalCommonAlone;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;
import org.openbenefits.portalcommon.testing.TestTokens;
import org.openbenefits.testkit.embedded.FreePorts;

/**
 * Two portals on one host, as {@code ./run} serves them (127.0.0.1:8081 and :8082), used by one browser: cookies
 * ignore ports, so each portal must name its own. The browser is Java's HTTP client with a cookie store, which, like
 * browsers, keeps cookies per host whatever the port; each portal signs people in at its own fake platform-api
 * ({@link FakeSignIn}).
 */
class TwoPortalsOnOneHostTest {

    private final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(jar)
            .build();
    private EmbeddedServer one;
    private EmbeddedServer two;

    @AfterEach
    void stop() {
        for (EmbeddedServer server : new EmbeddedServer[] {one, two}) {
            if (server != null) {
                server.getApplicationContext().close();
            }
        }
    }

    @Test
    void signing_in_to_one_portal_leaves_the_session_on_the_other() {
        one = portal("ob_one");
        two = portal("ob_two");

        signIn(one);
        String refreshOfOne = cookie("ob_one_refresh");
        signIn(two);

        assertThat(jar.getCookieStore().get(one.getURI())).extracting(HttpCookie::getName)
                .as("the browser sends both portals' cookies to each")
                .contains("ob_one_session", "ob_one_refresh", "ob_two_session", "ob_two_refresh");
        assertThat(cookie("ob_one_refresh")).isEqualTo(refreshOfOne).isNotEqualTo(cookie("ob_two_refresh"));
        assertThat(signedIn(one)).isTrue();
        assertThat(signedIn(two)).isTrue();
    }

    @Test
    void signing_out_of_one_portal_leaves_the_session_on_the_other() {
        one = portal("ob_one");
        two = portal("ob_two");
        signIn(one);
        signIn(two);
        String refreshOfTwo = cookie("ob_two_refresh");

        signOut(two);

        assertThat(two.getApplicationContext().getBean(FakeSignIn.class).signedOut()).containsExactly(refreshOfTwo);
        assertThat(signedIn(two)).isFalse();
        assertThat(signedIn(one)).as("still signed in to the first portal").isTrue();
    }

    @Test
    void with_one_name_for_both_signing_out_of_the_second_portal_signs_the_person_out_of_the_first() {
        // What both portals did before they named their cookies each its own way: the second portal reads the first
        // one's session as its own, and ends it.
        one = portal("ob");
        two = portal("ob");
        signIn(one);

        signOut(two);

        assertThat(signedIn(one)).isFalse();
    }

    private void signIn(EmbeddedServer portal) {
        String token = Pages.csrfField(get(portal, "/connexion").body());
        HttpResponse<String> in = post(portal, "/connexion", Map.of("email", "camille@acme.example",
                "password", "Un mot de passe 2026", "csrfToken", token));
        assertThat(in.statusCode()).as("signed in to %s", portal.getURI()).isEqualTo(303);
    }

    /** The sign-out button of the page header, with the anti-forgery token of the portal's cookie. */
    private void signOut(EmbeddedServer portal) {
        String page = get(portal, "/no-such-page").body();
        assertThat(page).contains("Se déconnecter");
        assertThat(post(portal, "/deconnexion", Map.of("csrfToken", Pages.csrfField(page))).statusCode()).isEqualTo(303);
    }

    private boolean signedIn(EmbeddedServer portal) {
        return get(portal, "/no-such-page").body().contains("Se déconnecter");
    }

    private String cookie(String name) {
        return jar.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("No cookie " + name));
    }

    private static EmbeddedServer portal(String cookiePrefix) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PortalCommonAlone.PROPERTY, "true");
        properties.put(PortalCommonAlone.COOKIE_PREFIX, cookiePrefix);
        int port = FreePorts.next();
        properties.put(PortalTestWithFakeApi.FAKE_API, "true");
        properties.put("micronaut.server.port", port);
        properties.put("micronaut.server.locale-resolution.default-locale", "fr");
        properties.put("micronaut.server.locale-resolution.header", false);
        properties.put("micronaut.http.services.platform-api.url", "http://127.0.0.1:" + port);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private HttpResponse<String> get(EmbeddedServer portal, String path) {
        return send(HttpRequest.newBuilder(portal.getURI().resolve(path)).timeout(Pages.TIMEOUT)
                .header("Accept", Pages.BROWSER_ACCEPT).build());
    }

    private HttpResponse<String> post(EmbeddedServer portal, String path, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(portal.getURI().resolve(path)).timeout(Pages.TIMEOUT)
                .header("Accept", Pages.BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
