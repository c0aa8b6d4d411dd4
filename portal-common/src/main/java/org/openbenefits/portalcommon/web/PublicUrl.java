package org.openbenefits.portalcommon.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Where people reach this portal ({@code portal.public-url}: {@code EMPLOYEE_PORTAL_URL} or {@code EMPLOYER_ADMIN_URL}),
 * which says whether it is served over HTTPS.
 *
 * <p>A portal behind a proxy that terminates TLS sees plain HTTP, so the request alone cannot tell: the configured
 * public address does. A request that did arrive over TLS (the portal terminating it itself) counts as HTTPS too.
 * {@code X-Forwarded-Proto} is not read: the portal has no list of trusted proxies, and any client can send it.
 */
@Singleton
public class PublicUrl {

    private final boolean https;

    PublicUrl(@Value("${portal.public-url:}") String publicUrl) {
        this.https = isHttps(publicUrl);
    }

    /** Whether {@code request} is answered over HTTPS as people see it. */
    public boolean https(HttpRequest<?> request) {
        return https || request.isSecure();
    }

    static boolean isHttps(String url) {
        return url != null && url.strip().regionMatches(true, 0, "https://", 0, "https://".length());
    }
}
