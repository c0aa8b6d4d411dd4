package org.openbenefits.platform.checkout;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.notification.PortalLinks;

/**
 * The settings of checkout: how long a pending checkout holds grants and stock ({@code platform.checkout.hold-time},
 * 15 minutes by default, ADR 0013), and the employee portal whose pages alone the payment page may send the browser
 * back to ({@code platform.portals.employee-portal-url}, as every other portal link).
 */
@Singleton
public class CheckoutSettings {

    private final Duration holdTime;
    private final URI portal;

    CheckoutSettings(@Value("${platform.checkout.hold-time:15m}") Duration holdTime, PortalLinks links) {
        if (holdTime.compareTo(Duration.ofMinutes(1)) < 0 || holdTime.compareTo(Duration.ofHours(2)) > 0) {
            throw new IllegalStateException("platform.checkout.hold-time is between 1 minute and 2 hours: " + holdTime);
        }
        this.holdTime = holdTime;
        this.portal = URI.create(links.portalOf(Role.EMPLOYEE));
    }

    public Duration holdTime() {
        return holdTime;
    }

    /**
     * The return URL sent, if it is a page of the employee portal: same scheme, host and port, an absolute path, no
     * user information. Anything else (another site, a scheme-relative or javascript: URL, a look-alike host) is empty.
     */
    public Optional<URI> portalPage(String sent) {
        URI uri;
        try {
            uri = new URI(sent);
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawUserInfo() != null || uri.getHost() == null
                || uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
            return Optional.empty();
        }
        boolean samePortal = uri.getScheme().toLowerCase(Locale.ROOT)
                .equals(portal.getScheme().toLowerCase(Locale.ROOT))
                && uri.getHost().equalsIgnoreCase(portal.getHost())
                && port(uri) == port(portal)
                && uri.getRawPath().startsWith(portal.getRawPath() == null || portal.getRawPath().isEmpty() ? "/"
                : portal.getRawPath());
        return samePortal ? Optional.of(uri) : Optional.empty();
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
