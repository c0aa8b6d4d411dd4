package org.openbenefits.contract.api.catalogue;

import java.util.List;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;

/** Platform admins' advantage codes: created, listed with their uses, disabled. */
@Client(id = "platform-api", path = "/api/v1/platform/advantage-codes")
public interface AdvantageCodeApiClient {

    /** Every code, newest first. */
    @Get
    List<AdvantageCodeView> codes();

    /** 201; 400 request.invalid with each field at fault; 409 advantage-code.taken. */
    @Post
    AdvantageCodeView create(@Body AdvantageCodeRequest request);

    /** Disables the code for every cart from now on; disabling it again changes nothing. */
    @Post("/{id}/disabling")
    AdvantageCodeView disable(long id);
}
