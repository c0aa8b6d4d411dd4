package org.openbenefits.portalcommon.testing;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.portalcommon.layout.PortalIdentity;
import org.openbenefits.portalcommon.web.PortalCookies;
import org.openbenefits.testkit.embedded.FreePorts;

/**
 * A portal running alone, its calls to platform-api answered by fake API controllers that the portal serves itself:
 * the {@code platform-api} service URL points at the portal's own port, chosen free before it starts, and
 * {@value #FAKE_API} switches on the portal's fakes and {@link ThroughThePortalFilters}. A portal's test base extends
 * this with its fakes and its way of signing in; a test class extends that with {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PortalTestWithFakeApi implements TestPropertyProvider {

    /** The property that a portal's fake platform-api controllers and filters require. */
    public static final String FAKE_API = "test.fake-platform-api";

    private final int port = FreePorts.next();

    @Inject
    protected EmbeddedServer server;
    @Inject
    PortalIdentity portal;

    private Pages pages;

    /** The portal listens on a port known in advance, so that its platform-api address can point at itself. */
    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "micronaut.server.port", String.valueOf(port),
                "micronaut.http.services.platform-api.url", "http://127.0.0.1:" + port,
                FAKE_API, "true");
    }

    @BeforeEach
    void openPages() {
        pages = new Pages(server);
    }

    protected Pages pages() {
        return pages;
    }

    /** The names of the portal's cookies, as it sets them over plain HTTP. */
    protected PortalCookies cookies() {
        return new PortalCookies(portal.cookiePrefix(), false);
    }

    /** The page a redirect leads to, opened with the given cookies and the flash cookie the redirect set, if any. */
    protected HttpResponse<String> follow(HttpResponse<String> redirect, String cookies) {
        String location = redirect.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("No redirect: " + redirect.statusCode() + "\n" + redirect.body()));
        String name = cookies().flash();
        String flash = Pages.cookie(redirect, name).map(value -> name + "=" + value).orElse("");
        String all = Stream.of(cookies, flash).filter(cookie -> !cookie.isEmpty()).collect(Collectors.joining("; "));
        return all.isEmpty() ? pages.get(location) : pages.get(location, "Cookie", all);
    }
}
