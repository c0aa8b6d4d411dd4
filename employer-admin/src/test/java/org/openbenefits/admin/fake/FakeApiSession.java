package org.openbenefits.admin.fake;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.context.ServerRequestContext;
import org.openbenefits.portalcommon.csrf.CsrfFilter;
import org.openbenefits.portalcommon.session.PortalSession;
import org.openbenefits.portalcommon.session.SessionCookies;

/**
 * Lets the portal's calls to the fake platform-api (served by the portal itself, see {@link FakeEmployeeApi}) through
 * the portal's own filters, as if a browser made them: the caller's session cookie and a matching anti-forgery
 * cookie and header. Only in tests that set {@code test.fake-platform-api}.
 */
@Requires(property = "test.fake-platform-api", value = "true")
@ClientFilter(serviceId = "platform-api")
class FakeApiSession {

    static final String CSRF = "fake-api-csrf-token-of-forty-three-chars-00";

    @RequestFilter
    void pass(MutableHttpRequest<?> call) {
        ServerRequestContext.currentRequest().flatMap(PortalSession::user).ifPresent(user ->
                call.header("Cookie", SessionCookies.ACCESS + "=" + user.accessToken() + "; " + CsrfFilter.COOKIE + "=" + CSRF));
        call.header(CsrfFilter.HEADER, CSRF);
    }
}
