package org.openbenefits.portalcommon.forms;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

/**
 * A confirmation shown once on the page a form redirects to ("Mot de passe modifié"...): the message key travels
 * in a short-lived cookie, the layout shows it, and the next page no longer does.
 */
public final class Flash {

    public static final String COOKIE = "ob_flash";
    private static final Pattern MESSAGE_KEY = Pattern.compile("[A-Za-z0-9._-]{1,80}");

    private Flash() {
    }

    /** Shows the message of {@code messageKey} on the next page this browser opens. */
    public static void next(HttpRequest<?> request, MutableHttpResponse<?> response, String messageKey) {
        response.cookie(cookie(request, messageKey).maxAge(Duration.ofMinutes(1)));
    }

    /** The message key to show on this page, if any. */
    public static Optional<String> current(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .filter(key -> MESSAGE_KEY.matcher(key).matches());
    }

    /** Forgets the message once a page has shown it. */
    public static void shown(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (current(request).isPresent() && response.getCookies().findCookie(COOKIE).isEmpty()) {
            response.cookie(cookie(request, "").maxAge(0));
        }
    }

    private static Cookie cookie(HttpRequest<?> request, String value) {
        return Cookie.of(COOKIE, value).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(request.isSecure());
    }
}
