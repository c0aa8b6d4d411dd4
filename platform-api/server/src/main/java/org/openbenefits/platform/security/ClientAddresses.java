package org.openbenefits.platform.security;

import java.net.InetSocketAddress;
import java.util.List;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ForwardedFor;

/**
 * The address a request comes from, for per-address limits. By default the TCP peer: a client cannot choose it.
 * Behind proxies (the portals, a load balancer), list them in {@code platform.security.trusted-proxies}
 * ({@code TRUSTED_PROXIES}, addresses or CIDR ranges): then the right-most address of {@code X-Forwarded-For} that is
 * not a trusted proxy is the client's ({@link ForwardedFor}, shared with the portals). List only the proxies' own
 * addresses: whoever connects from a trusted address may say it forwards anybody.
 */
@Singleton
public class ClientAddresses {

    private final ForwardedFor forwardedFor;

    ClientAddresses(@Value("${platform.security.trusted-proxies:}") String trustedProxies) {
        try {
            this.forwardedFor = ForwardedFor.trusting(trustedProxies);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("TRUSTED_PROXIES: " + e.getMessage(), e);
        }
    }

    /** The client's address as text, e.g. {@code 203.0.113.7}. */
    public String of(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
        return of(peer, request.getHeaders().getAll(ForwardedFor.HEADER));
    }

    /** The client's address given the TCP peer and the X-Forwarded-For headers, in their order. */
    String of(String peer, List<String> forwardedFor) {
        return this.forwardedFor.clientOf(peer, forwardedFor);
    }

    /** What per-address limits count the request under: the client's address, or its /64 for IPv6. */
    public String limitKey(HttpRequest<?> request) {
        return ForwardedFor.limitKey(of(request));
    }
}
