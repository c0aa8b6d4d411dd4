package org.openbenefits.contract.api.allowance;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/**
 * The HR manager's employer budget. Every call acts within the caller's employer. Errors arrive as
 * {@code HttpClientResponseException} whose body reads as a {@link org.openbenefits.contract.api.ProblemDetail}.
 */
@Client(id = "platform-api", path = "/api/v1/budget")
public interface BudgetApiClient {

    @Get
    BudgetView budget();

    /** The statement, newest first; {@code size} 1 to 200. */
    @Get("/statement")
    BudgetStatement statement(@QueryValue int page, @QueryValue int size);

    /**
     * Records a bank transfer (201). It stays PENDING until a platform admin confirms it, unless the platform confirms
     * top-ups at once (the demo does). 400 request.invalid for a zero or negative amount, one over 10,000,000 EUR
     * (top-up.amount-too-large) or a missing reference.
     */
    @Post("/top-ups")
    TopUpView recordTopUp(@Body TopUpRequest request);
}
