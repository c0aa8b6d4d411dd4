package org.openbenefits.portal.testing;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.portalcommon.testing.Pages;
import org.openbenefits.portalcommon.testing.TestTokens;
import org.openbenefits.testkit.embedded.FreePorts;

/**
 * The real portal, alone, with {@link FakePlatformApi} answering its calls to platform-api on the portal's own
 * server: a test class extends this with {@code @MicronautTest} and signs Camille in with {@link #signedIn()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PortalWithFakeApi implements TestPropertyProvider {

    private final int port = FreePorts.next();

    @Inject
    protected EmbeddedServer server;

    @Inject
    protected FakePlatformApi api;

    private Pages pages;

    /** The portal listens on a port known in advance, so that its platform-api address can point at itself. */
    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "micronaut.server.port", String.valueOf(port),
                "micronaut.http.services.platform-api.url", "http://127.0.0.1:" + port,
                "test.fake-platform-api", "true");
    }

    @BeforeEach
    void freshFake() {
        pages = new Pages(server);
        api.reset();
    }

    protected Pages pages() {
        return pages;
    }

    /** The Cookie header of Camille Martin, employee 42 of employer 7, signed in. */
    protected static String signedIn() {
        return "ob_session=" + TestTokens.accessToken("EMPLOYEE");
    }

    /**
     * Posts a form the way a browser does after opening the page that holds it: with the anti-forgery token that
     * page carried and the cookies of the session, if {@code cookies} names one.
     */
    protected HttpResponse<String> submit(String pagePath, String formPath, Map<String, String> fields, String cookies) {
        HttpResponse<String> page = cookies.isEmpty() ? pages.get(pagePath) : pages.get(pagePath, "Cookie", cookies);
        String token = Pages.csrfField(page.body());
        String csrfCookie = Pages.cookie(page, "ob_csrf").orElseThrow(() -> new AssertionError("No ob_csrf cookie"));
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrfToken", token);
        return pages.post(formPath, form, "Cookie", cookies.isEmpty() ? "ob_csrf=" + csrfCookie
                : cookies + "; ob_csrf=" + csrfCookie);
    }

    /** Whether the response expires the cookie {@code name} (Max-Age=0). */
    protected static boolean expires(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .anyMatch(cookie -> cookie.startsWith(name + "=") && cookie.contains("Max-Age=0"));
    }

    /** The page the flash cookie of {@code redirect} leads to, opened with it. */
    protected HttpResponse<String> follow(HttpResponse<String> redirect, String cookies) {
        String location = redirect.headers().firstValue("Location").orElseThrow(() -> new AssertionError("No Location"));
        String flash = Pages.cookie(redirect, "ob_flash").orElse("");
        String all = cookies.isEmpty() ? "ob_flash=" + flash : cookies + "; ob_flash=" + flash;
        return pages.get(location, "Cookie", all);
    }
}
