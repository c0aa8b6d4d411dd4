package org.openbenefits.contract.api;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;

/** The declarative client the portals use to call platform-api (service id {@code platform-api}). */
@Client(id = "platform-api", path = "/api/v1")
public interface PlatformApiClient {

    @Get("/platform")
    PlatformInfo platformInfo();
}
