package org.openbenefits.portalcommon.session;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

/**
 * The two cookies of a portal session: the short-lived access token ({@value #ACCESS}) and the single-use refresh
 * token ({@value #REFRESH}) that buys the next one. Both are HttpOnly, SameSite=Lax, Secure over HTTPS, and last
 * as long as the browser session; platform-api's expiries bound them.
 */
public final class SessionCookies {

    public static final String ACCESS = "ob_session";
    public static final String REFRESH = "ob_refresh";

    private SessionCookies() {
    }

    public static Optional<String> access(HttpRequest<?> request) {
        return value(request, ACCESS);
    }

    public static Optional<String> refresh(HttpRequest<?> request) {
        return value(request, REFRESH);
    }

    /** Sets both cookies for a new or renewed session. */
    public static void open(HttpRequest<?> request, MutableHttpResponse<?> response, String accessToken,
                            String refreshToken) {
        response.cookie(cookie(ACCESS, accessToken, request));
        response.cookie(cookie(REFRESH, refreshToken, request));
    }

    /** Expires both cookies. */
    public static void clear(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.cookie(cookie(ACCESS, "", request).maxAge(0));
        response.cookie(cookie(REFRESH, "", request).maxAge(0));
    }

    private static Cookie cookie(String name, String value, HttpRequest<?> request) {
        return Cookie.of(name, value).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(request.isSecure());
    }

    private static Optional<String> value(HttpRequest<?> request, String name) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(v -> !v.isBlank());
    }
}
