package org.openbenefits.portal.testing;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.openbenefits.portalcommon.testing.Pages;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;
import org.openbenefits.portal.EmployeePortalIdentity;
import org.openbenefits.portalcommon.testing.TestTokens;
import org.openbenefits.portalcommon.web.PortalCookies;

/**
 * The real portal, alone, with {@link FakePlatformApi} and {@link FakeCatalogue} answering its calls to platform-api
 * on the portal's own server: a test class extends this with {@code @MicronautTest} and signs Camille in with {@link #signedIn()}.
 */
public abstract class PortalWithFakeApi extends PortalTestWithFakeApi {

    /** The names of the portal's cookies over plain HTTP, as tests send them. */
    protected static final PortalCookies COOKIES = new PortalCookies(EmployeePortalIdentity.COOKIE_PREFIX, false);

    @Inject
    protected FakePlatformApi api;

    @Inject
    protected FakeCatalogue catalogue;

    @Inject
    protected FakeOrders orders;

    @Inject
    protected FakeCart cart;

    @BeforeEach
    void freshFake() {
        api.reset();
        catalogue.reset();
        orders.reset();
        cart.reset();
    }

    /** The Cookie header of Camille Martin, employee 42 of employer 7, signed in. */
    protected static String signedIn() {
        return COOKIES.session() + "=" + TestTokens.accessToken("EMPLOYEE");
    }

    /**
     * Posts a form the way a browser does after opening the page that holds it: with the anti-forgery token that
     * page carried and the cookies of the session, if {@code cookies} names one.
     */
    protected HttpResponse<String> submit(String pagePath, String formPath, Map<String, String> fields, String cookies) {
        HttpResponse<String> page = cookies.isEmpty()
                ? pages().get(pagePath) : pages().get(pagePath, "Cookie", cookies);
        String token = Pages.csrfField(page.body());
        String csrfCookie = Pages.cookie(page, COOKIES.csrf()).orElseThrow(() -> new AssertionError("No CSRF cookie"));
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrfToken", token);
        String csrf = COOKIES.csrf() + "=" + csrfCookie;
        return pages().post(formPath, form, "Cookie", cookies.isEmpty() ? csrf : cookies + "; " + csrf);
    }

    /** Whether the response expires the cookie {@code name} (Max-Age=0). */
    protected static boolean expires(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .anyMatch(cookie -> cookie.startsWith(name + "=") && cookie.contains("Max-Age=0"));
    }
}
