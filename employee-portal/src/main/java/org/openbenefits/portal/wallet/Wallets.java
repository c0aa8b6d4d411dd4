package org.openbenefits.portal.wallet;

import java.util.Optional;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.WalletApiClient;
import org.openbenefits.portal.web.ApiRefusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the signed-in employee's wallet from platform-api and writes it in the language of the request. */
@Singleton
public class Wallets {

    private static final Logger LOG = LoggerFactory.getLogger(Wallets.class);

    private final WalletApiClient api;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;

    Wallets(WalletApiClient api, MessageSource messages, HttpLocaleResolver locales) {
        this.api = api;
        this.messages = messages;
        this.locales = locales;
    }

    /**
     * The wallet for its own page. A failing API call is left to portal-common's {@code ApiFailurePages} (sign in
     * again, or the error page); an account the API no longer knows is the 404 page.
     */
    public WalletPage page(HttpRequest<?> request) {
        return WalletPage.of(ApiRefusals.found(api.wallet()), words(request));
    }

    /** The wallet for a summary on another page, which shows without it when platform-api does not answer. */
    public Optional<WalletPage> summary(HttpRequest<?> request) {
        try {
            return Optional.ofNullable(api.wallet()).map(wallet -> WalletPage.of(wallet, words(request)));
        } catch (HttpClientException e) {
            LOG.debug("Home page without the wallet summary ({})", e.getMessage());
            return Optional.empty();
        }
    }

    private WalletWording words(HttpRequest<?> request) {
        return new WalletWording(messages, locales.resolveOrDefault(request));
    }
}
