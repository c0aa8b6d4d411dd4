package org.openbenefits.platform;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * Plays the portals' part in tests of the declarative clients of the contract: the portals pass the signed-in
 * person's access token on to platform-api; here a test says whose token goes with the next calls.
 */
@ClientFilter(serviceId = "platform-api")
public class BearerTokenForClients {

    private volatile String accessToken;

    /** The token sent as {@code Authorization: Bearer ...} from now on; null for none. */
    public void use(String accessToken) {
        this.accessToken = accessToken;
    }

    @RequestFilter
    void addToken(MutableHttpRequest<?> request) {
        String token = accessToken;
        if (token != null) {
            request.bearerAuth(token);
        }
    }
}
