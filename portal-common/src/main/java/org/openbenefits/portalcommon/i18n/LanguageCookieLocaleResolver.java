package org.openbenefits.portalcommon.i18n;

import java.util.Locale;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.locale.HttpAbstractLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolutionConfiguration;
import jakarta.inject.Singleton;

/**
 * Reads the visitor's language from the {@value #COOKIE_NAME} cookie set by the language switch.
 *
 * <p>Only supported languages count: a cookie saying {@code de} or {@code xx} is ignored, so the page is
 * French (the default locale, {@code micronaut.server.locale-resolution.default-locale}) rather than a
 * mix of languages under a wrong {@code lang} attribute. Micronaut's own cookie resolver would accept any
 * locale, which is why {@code locale-resolution.cookie-name} is left unset in the portals' configuration,
 * and {@code locale-resolution.header} is false so that Accept-Language never overrides French.
 */
@Singleton
public class LanguageCookieLocaleResolver extends HttpAbstractLocaleResolver {

    /** The cookie that remembers the chosen language (value: a {@link Language#tag()}). */
    public static final String COOKIE_NAME = "lang";

    public LanguageCookieLocaleResolver(HttpLocaleResolutionConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE_NAME)
                .map(Cookie::getValue)
                .flatMap(Language::fromTag)
                .map(Language::locale);
    }
}
