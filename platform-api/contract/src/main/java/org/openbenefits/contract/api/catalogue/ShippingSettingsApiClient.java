package org.openbenefits.contract.api.catalogue;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;

/** The shipping fee and its free-shipping threshold: read by anyone signed in, set by platform admins. */
@Client(id = "platform-api", path = "/api/v1")
public interface ShippingSettingsApiClient {

    @Get("/shipping-settings")
    ShippingSettingsView settings();

    /** 400 request.invalid when an amount is missing, below 0 or above 1,000.00 EUR. */
    @Put("/platform/shipping-settings")
    ShippingSettingsView change(@Body ShippingSettingsRequest settings);
}
