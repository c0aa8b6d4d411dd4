package org.openbenefits.contract.api.allowance;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;

/** The signed-in employee's allowances. Needs the employee's access token. */
@Client(id = "platform-api", path = "/api/v1/me/wallet")
public interface WalletApiClient {

    @Get
    WalletView wallet();
}
