package org.openbenefits.contract.api.cart;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;

/**
 * The signed-in employee's cart, kept by platform-api (it survives a sign-out and follows them to another device).
 * Every call answers the cart as it now is. Refusals arrive as {@code HttpClientResponseException} whose body reads
 * as a {@link org.openbenefits.contract.api.ProblemDetail}: cart.quantity-above-stock, cart.quantity-above-maximum,
 * cart.sold-out (409), request.invalid with cart.too-many-lines or a field code (400), resource.not-found for an
 * offer the employee may not see (404).
 */
@Client(id = "platform-api", path = "/api/v1/me/cart")
public interface CartApiClient {

    @Get
    CartView cart();

    /** Puts the offer in the cart with this quantity, or sets the quantity of its line (its price is taken anew). */
    @Put("/lines/{offerId}")
    CartView setLine(long offerId, @Body CartLineRequest request);

    @Delete("/lines/{offerId}")
    CartView removeLine(long offerId);

    @Put("/advantage-code")
    CartView enterAdvantageCode(@Body AdvantageCodeEntry entry);

    @Delete("/advantage-code")
    CartView removeAdvantageCode();

    /** This order's delivery e-mail and postal address; absent ones go back to the profile's. */
    @Put("/delivery")
    CartView setDelivery(@Body CartDeliveryRequest request);
}
