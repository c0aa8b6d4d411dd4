package org.openbenefits.portal.orders;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;

/**
 * platform-api's invoice of one of the employee's paid orders (GET /api/v1/me/orders/{id}/invoice, application/pdf).
 * A declarative client answers a 404 as a response, not an exception: another employee's order, or one not paid.
 */
@Client(id = "platform-api", path = "/api/v1/me/orders")
public interface OrderInvoiceClient {

    String PDF = "application/pdf";

    @Get(value = "/{id}/invoice", consumes = {PDF, "application/problem+json"})
    HttpResponse<byte[]> invoice(long id);
}
