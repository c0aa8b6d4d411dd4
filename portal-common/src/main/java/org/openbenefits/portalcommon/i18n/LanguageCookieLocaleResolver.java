package org.openbenefits.portalcommon.i18n;

import java.util.Locale;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpAbstractLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolutionConfiguration;
import jakarta.inject.Singleton;
import org.openbenefits.portalcommon.web.PortalCookies;

/**
 * Reads the visitor's language from the cookie set by the language switch ({@link LanguageCookie}).
 *
 * <p>Only supported languages count: a cookie saying {@code de} or {@code xx} is ignored, so the page is
 * French (the default locale, {@code micronaut.server.locale-resolution.default-locale}) rather than a
 * mix of languages under a wrong {@code lang} attribute. Micronaut's own cookie resolver would accept any
 * locale, which is why {@code locale-resolution.cookie-name} is left unset in the portals' configuration,
 * and {@code locale-resolution.header} is false so that Accept-Language never overrides French.
 */
@Singleton
public class LanguageCookieLocaleResolver extends HttpAbstractLocaleResolver {

    public LanguageCookieLocaleResolver(HttpLocaleResolutionConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        return PortalCookies.find(request)
                .flatMap(cookies -> cookies.value(request, cookies.language()))
                .flatMap(Language::fromTag)
                .map(Language::locale);
    }
}
