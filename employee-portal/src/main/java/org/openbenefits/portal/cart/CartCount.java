package org.openbenefits.portal.cart;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientException;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.cart.CartApiClient;
import org.openbenefits.contract.api.cart.CartView;

/**
 * How many items the signed-in employee's cart holds, for the "Panier" link of the header. The header must never
 * break a page: when platform-api does not answer (or answers 404), the link shows no number. Never asked from an
 * event-loop thread (a page rendered there, an error page for one), where a blocking call is not allowed.
 */
@Singleton
public class CartCount {

    private final CartApiClient api;

    CartCount(CartApiClient api) {
        this.api = api;
    }

    public @Nullable Integer now() {
        if (Thread.currentThread().getName().contains("eventLoop")) {
            return null;
        }
        try {
            CartView cart = api.cart();
            return cart == null ? null : cart.itemCount();
        } catch (HttpClientException unanswered) {
            return null;
        }
    }
}
