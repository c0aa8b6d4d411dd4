package org.openbenefits.portalcommon.api;

import java.net.InetSocketAddress;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ForwardedFor;

/**
 * The address of the browser behind a request, as this portal determines it: the TCP peer, or, when the portal sits
 * behind load balancers listed in {@code portal.trusted-proxies} ({@code PORTAL_TRUSTED_PROXIES}, addresses or CIDR
 * ranges), the right-most address of {@code X-Forwarded-For} that is not one of them ({@link ForwardedFor}, the rule
 * platform-api follows too). What the browser itself wrote in the header is never believed.
 */
@Singleton
public class BrowserAddresses {

    private final ForwardedFor forwardedFor;

    BrowserAddresses(@Value("${portal.trusted-proxies:}") String trustedProxies) {
        try {
            this.forwardedFor = ForwardedFor.trusting(trustedProxies);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PORTAL_TRUSTED_PROXIES: " + e.getMessage(), e);
        }
    }

    /** The browser's address, e.g. {@code 203.0.113.7}. */
    public String of(HttpRequest<?> request) {
        InetSocketAddress peer = request.getRemoteAddress();
        String address = peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString();
        return forwardedFor.clientOf(address, request.getHeaders().getAll(ForwardedFor.HEADER));
    }
}
