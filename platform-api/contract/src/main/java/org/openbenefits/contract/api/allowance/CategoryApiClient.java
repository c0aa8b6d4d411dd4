package org.openbenefits.contract.api.allowance;

import java.util.List;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;

/** The catalogue's categories, for campaign forms. Any signed-in user. */
@Client(id = "platform-api", path = "/api/v1/categories")
public interface CategoryApiClient {

    @Get
    List<CategoryView> categories();
}
