package org.openbenefits.portalcommon.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import org.openbenefits.contract.token.JwksApiClient;
import org.openbenefits.testkit.TestSigningKeys;

/**
 * platform-api's JWK set as portal tests see it, without platform-api: the public half of the test JVM's key, which
 * {@link TestTokens} signs with. The real fetch over HTTP is exercised by the dev-stack journeys.
 */
@Singleton
@Replaces(JwksApiClient.class)
public class TestJwks implements JwksApiClient {

    @Override
    public String jwks() {
        return TestSigningKeys.get().publicKeys().toString();
    }
}
