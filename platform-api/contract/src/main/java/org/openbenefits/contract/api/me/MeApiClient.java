package org.openbenefits.contract.api.me;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import org.openbenefits.contract.api.auth.UserSummary;

/**
 * The signed-in person's own account. Every call needs the person's access token: the portals pass it on with
 * Micronaut's token propagation.
 */
@Client(id = "platform-api", path = "/api/v1/me")
public interface MeApiClient {

    @Get
    UserSummary me();

    @Post("/email")
    UserSummary changeEmail(@Body EmailChangeRequest request);
}
