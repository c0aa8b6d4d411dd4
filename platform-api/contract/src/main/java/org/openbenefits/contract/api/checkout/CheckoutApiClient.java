package org.openbenefits.contract.api.checkout;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;

/**
 * The employee's checkout. A refusal arrives as {@code HttpClientResponseException} whose body reads as a
 * {@link org.openbenefits.contract.api.ProblemDetail}: {@code cart.*} (409; the cart changed, e.g.
 * {@code cart.price-changed}, {@code cart.sold-out}), {@code checkout.balance-changed} (409),
 * {@code checkout.idempotency-key-reused} (409), {@code checkout.in-progress} (409 with Retry-After).
 */
@Client(id = "platform-api", path = "/api/v1/me")
public interface CheckoutApiClient {

    /** The header that carries the checkout's idempotency key. */
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    /**
     * Places the order: 201 paid at once by allowances, or 202 awaiting the card at {@code paymentUrl}. The same key
     * with the same cart answers the first answer again for 24 hours.
     */
    @Post("/checkout")
    HttpResponse<CheckoutAnswer> checkout(@Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                          @Body CheckoutRequest request);

    /** Starts a new card payment of a pending order after a declined card. */
    @Post("/orders/{id}/payment")
    PaymentRestart restartPayment(long id, @Body PaymentRestartRequest request);
}
