package org.openbenefits.portalcommon.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.openbenefits.portalcommon.layout.PortalIdentity;

/**
 * Names this portal's cookies on every request ({@link PortalCookies}), before any filter reads or writes a cookie
 * (the anti-forgery check, the session).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PortalCookiesFilter implements Ordered {

    private final PortalIdentity portal;
    private final PublicUrl publicUrl;

    PortalCookiesFilter(PortalIdentity portal, PublicUrl publicUrl) {
        this.portal = portal;
        this.publicUrl = publicUrl;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @RequestFilter
    void name(HttpRequest<?> request) {
        new PortalCookies(portal.cookiePrefix(), publicUrl.https(request)).attachTo(request);
    }
}
