package org.openbenefits.contract.api.manager;

import java.util.List;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;

/** The HR managers of the signed-in HR manager's employer, for the administration portal. */
@Client(id = "platform-api", path = "/api/v1/managers")
public interface ManagerApiClient {

    /** The employer's HR managers, by last then first name. */
    @Get
    List<ManagerView> list();

    /** Invites another HR manager (201); 409 {@code manager.email-taken} on the field {@code email}. */
    @Post
    ManagerView invite(@Body ManagerInvitationRequest request);
}
