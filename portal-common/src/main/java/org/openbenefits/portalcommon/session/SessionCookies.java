package org.openbenefits.portalcommon.session;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import org.openbenefits.portalcommon.web.PortalCookies;

/**
 * The two cookies of a portal session: the short-lived access token ({@link PortalCookies#session()}) and the
 * single-use refresh token ({@link PortalCookies#refresh()}) that buys the next one. Both are HttpOnly, SameSite=Lax,
 * named per portal, Secure and {@code __Host-} over HTTPS, and last as long as the browser session; platform-api's
 * expiries bound them.
 */
public final class SessionCookies {

    private SessionCookies() {
    }

    public static Optional<String> access(HttpRequest<?> request) {
        return PortalCookies.find(request).flatMap(cookies -> cookies.value(request, cookies.session()));
    }

    public static Optional<String> refresh(HttpRequest<?> request) {
        return PortalCookies.find(request).flatMap(cookies -> cookies.value(request, cookies.refresh()));
    }

    /** Sets both cookies for a new or renewed session. */
    public static void open(HttpRequest<?> request, MutableHttpResponse<?> response, String accessToken,
                            String refreshToken) {
        PortalCookies cookies = PortalCookies.of(request);
        response.cookie(cookies.cookie(cookies.session(), accessToken));
        response.cookie(cookies.cookie(cookies.refresh(), refreshToken));
    }

    /** Expires both cookies. */
    public static void clear(HttpRequest<?> request, MutableHttpResponse<?> response) {
        PortalCookies cookies = PortalCookies.of(request);
        response.cookie(cookies.cookie(cookies.session(), "").maxAge(0));
        response.cookie(cookies.cookie(cookies.refresh(), "").maxAge(0));
    }
}
