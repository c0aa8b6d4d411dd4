package org.openbenefits.contract.token;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.client.annotation.Client;

/** How the portals fetch platform-api's public token keys (service id {@code platform-api}). */
@Client(id = "platform-api")
public interface JwksApiClient {

    /** The JWK set published at {@link AccessTokenFormat#JWKS_PATH}, as JSON. */
    @Get(value = AccessTokenFormat.JWKS_PATH, consumes = AccessTokenFormat.JWKS_MEDIA_TYPE)
    @Header(name = "Accept", value = AccessTokenFormat.JWKS_MEDIA_TYPE)
    String jwks();
}
