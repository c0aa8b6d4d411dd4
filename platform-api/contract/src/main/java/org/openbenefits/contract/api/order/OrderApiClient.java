package org.openbenefits.contract.api.order;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/** The employee's own orders; another employee's order is 404 resource.not-found. */
@Client(id = "platform-api", path = "/api/v1/me/orders")
public interface OrderApiClient {

    /** A page of the employee's orders, newest first. */
    @Get
    OrderPage orders(@QueryValue int page, @QueryValue int size);

    @Get("/{id}")
    OrderDetail order(long id);

    /** Cancels lines of the order, all or none, and says where their money went. */
    @Post("/{id}/cancellation")
    CancellationAnswer cancel(long id, @Body CancellationRequest request);
}
