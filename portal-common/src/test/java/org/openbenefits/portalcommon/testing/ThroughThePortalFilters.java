package org.openbenefits.portalcommon.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.context.ServerRequestContext;
import org.openbenefits.portalcommon.csrf.CsrfFilter;
import org.openbenefits.portalcommon.session.PortalSession;
import org.openbenefits.portalcommon.session.SignedInUser;
import org.openbenefits.portalcommon.web.PortalCookies;

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
        HttpRequest<?> page = ServerRequestContext.currentRequest().orElse(null);
        if (page == null || PortalCookies.find(page).isEmpty()) {
            return; // a call made outside of a page (none so far): nothing to pass through
        }
        PortalCookies cookies = PortalCookies.of(page);
        String session = PortalSession.user(page)
                .map(SignedInUser::accessToken)
                .map(token -> "; " + cookies.session() + "=" + token)
                .orElse("");
        call.header("Cookie", cookies.csrf() + "=" + CSRF_TOKEN + session);
        call.header(CsrfFilter.HEADER, CSRF_TOKEN);
    }
}
