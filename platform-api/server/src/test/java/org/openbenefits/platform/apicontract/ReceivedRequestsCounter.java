package org.openbenefits.platform.apicontract;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Counts, on the server's side, the requests it receives, so that {@link ContractChecks} can tell a test whose
 * client went around the validation (more requests received than validated).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ReceivedRequestsCounter {

    @RequestFilter
    void count(HttpRequest<?> request) {
        ContractChecks.platformApi().received(request.getPath());
    }
}
