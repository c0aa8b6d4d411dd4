package org.openbenefits.portalcommon.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Sets the browser's security headers on every response of the portal: pages, error pages, redirects, htmx fragments
 * and static files. Ordered first, its response part runs last, so it also covers the answers other filters give
 * themselves (the sign-in redirect, the 403 of a refused form).
 *
 * <p>The Content-Security-Policy allows only the portal's own files: scripts ({@code htmx}, the pages' own scripts under
 * {@code /assets/js/}) and styles come from this origin, never from inline code or attributes; images may also be
 * {@code data:} URLs (Bootstrap draws its form controls with them). Nothing may frame a page, forms post only to the
 * portal, and {@code <base>} and plugins are refused. The layout tells htmx not to inject its indicator styles nor
 * evaluate code ({@code htmx-config}), which the policy would block anyway. HSTS is sent only when the portal is
 * served over HTTPS ({@link PublicUrl}): over plain HTTP browsers ignore it, and it must not pin a local host to HTTPS.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Features no page of the portals uses, refused to the page and anything it might embed. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private final PublicUrl publicUrl;

    SecurityHeadersFilter(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        if (publicUrl.https(request)) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
