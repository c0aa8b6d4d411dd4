package org.openbenefits.portalcommon.api;

import java.net.InetSocketAddress;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.context.ServerRequestContext;
import org.openbenefits.portalcommon.session.PortalSession;

/**
 * Every call to platform-api made while handling a browser's request carries that person's access token (the API
 * authorizes each call itself, employer by employer) and the browser's address in {@code X-Forwarded-For}, so that
 * the API's per-address rate limit counts people, not the portal (set {@code TRUSTED_PROXIES} on the API).
 */
@ClientFilter(serviceId = "platform-api")
class PlatformApiCallFilter {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    @RequestFilter
    void pass(MutableHttpRequest<?> call) {
        ServerRequestContext.currentRequest().ifPresent(incoming -> {
            if (!call.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
                PortalSession.user(incoming).ifPresent(user -> call.bearerAuth(user.accessToken()));
            }
            call.header(FORWARDED_FOR, forwardedFor(incoming));
        });
    }

    private static String forwardedFor(HttpRequest<?> incoming) {
        InetSocketAddress peer = incoming.getRemoteAddress();
        String address = peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString();
        String earlier = incoming.getHeaders().get(FORWARDED_FOR);
        return earlier == null || earlier.isBlank() ? address : earlier + ", " + address;
    }
}
