package org.openbenefits.portalcommon.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import org.openbenefits.contract.api.ForwardedFor;
import org.openbenefits.portalcommon.i18n.Language;
import org.openbenefits.portalcommon.session.PortalSession;

/**
 * Every call to platform-api made while handling a browser's request carries that person's access token (the API
 * authorizes each call itself, employer by employer) and the browser's address in {@code X-Forwarded-For}, so that
 * the API's per-address limits count people, not the portal (set {@code TRUSTED_PROXIES} on the API). The header
 * holds only the address this portal determined ({@link BrowserAddresses}), replacing whatever the browser sent:
 * appended after it, a forged header would let a browser on a trusted address choose its address at the API.
 *
 * <p>Each call also asks for the page's language ({@code Accept-Language}: the language cookie's, not the browser's
 * header), so that what the API words itself (a refusal the portal has no sentence for, an import's failure) reads in
 * the language of the page that shows it.
 */
@ClientFilter(serviceId = "platform-api")
class PlatformApiCallFilter {

    private final BrowserAddresses browsers;
    private final HttpLocaleResolver locales;

    PlatformApiCallFilter(BrowserAddresses browsers, HttpLocaleResolver locales) {
        this.browsers = browsers;
        this.locales = locales;
    }

    @RequestFilter
    void pass(MutableHttpRequest<?> call) {
        ServerRequestContext.currentRequest().ifPresent(incoming -> {
            if (!call.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
                PortalSession.user(incoming).ifPresent(user -> call.bearerAuth(user.accessToken()));
            }
            call.getHeaders().set(ForwardedFor.HEADER, browsers.of(incoming));
            call.getHeaders().set(HttpHeaders.ACCEPT_LANGUAGE, Language.of(locales.resolveOrDefault(incoming)).tag());
        });
    }
}
