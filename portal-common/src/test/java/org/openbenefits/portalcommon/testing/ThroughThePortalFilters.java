package org.openbenefits.portalcommon.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.context.ServerRequestContext;
import org.openbenefits.portalcommon.csrf.CsrfFilter;
import org.openbenefits.portalcommon.session.PortalSession;
import org.openbenefits.portalcommon.session.SessionCookies;
import org.openbenefits.portalcommon.session.SignedInUser;

/**
 * Lets a portal's calls to its fake platform-api (see {@link PortalTestWithFakeApi}) through the portal's own server
 * filters, since the fake lives on the portal's server: each call carries the signed-in person's session cookie (the
 * session filter turns visitors of private paths away) and a matching anti-forgery cookie and header (the CSRF filter
 * refuses a PUT or POST without them). platform-api itself needs neither; the bearer token is still added by
 * portal-common's own client filter.
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@ClientFilter(serviceId = "platform-api")
class ThroughThePortalFilters {

    private static final String CSRF_TOKEN = "fake-platform-api-anti-forgery-token-000000";

    @RequestFilter
    void pass(MutableHttpRequest<?> call) {
        String session = ServerRequestContext.currentRequest()
                .flatMap(PortalSession::user)
                .map(SignedInUser::accessToken)
                .map(token -> "; " + SessionCookies.ACCESS + "=" + token)
                .orElse("");
        call.header("Cookie", CsrfFilter.COOKIE + "=" + CSRF_TOKEN + session);
        call.header(CsrfFilter.HEADER, CSRF_TOKEN);
    }
}
