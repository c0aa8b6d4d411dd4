package org.openbenefits.portalcommon.i18n;

import java.time.Duration;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

/**
 * The cookie that remembers a person's language ({@value LanguageCookieLocaleResolver#COOKIE_NAME}), as the language
 * switch, signing in and a profile's language choice all set it: for a year, on the whole site, HttpOnly,
 * SameSite=Lax, Secure over HTTPS.
 */
public final class LanguageCookie {

    private static final Duration REMEMBERED_FOR = Duration.ofDays(365);

    private LanguageCookie() {
    }

    /** The cookie that makes the portal speak {@code language} to this browser from its next page on. */
    public static Cookie of(Language language, HttpRequest<?> request) {
        return Cookie.of(LanguageCookieLocaleResolver.COOKIE_NAME, language.tag())
                .path("/")
                .maxAge(REMEMBERED_FOR)
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .secure(request.isSecure());
    }
}
