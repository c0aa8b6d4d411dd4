package org.openbenefits.portalcommon.i18n;

import java.time.Duration;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import org.openbenefits.portalcommon.web.PortalCookies;

/**
 * The cookie that remembers a person's language ({@link PortalCookies#language()}), as the language switch, signing in
 * and a profile's language choice all set it: for a year, on the whole site, HttpOnly, SameSite=Lax, Secure over
 * HTTPS. Its value is a {@link Language#tag()}.
 */
public final class LanguageCookie {

    private static final Duration REMEMBERED_FOR = Duration.ofDays(365);

    private LanguageCookie() {
    }

    /** The cookie that makes the portal speak {@code language} to this browser from its next page on. */
    public static Cookie of(Language language, HttpRequest<?> request) {
        PortalCookies cookies = PortalCookies.of(request);
        return cookies.cookie(cookies.language(), language.tag()).maxAge(REMEMBERED_FOR);
    }
}
