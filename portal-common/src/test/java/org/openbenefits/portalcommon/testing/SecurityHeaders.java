package org.openbenefits.portalcommon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** What every response of a portal must carry for the browser to protect its pages (portal-common's SecurityHeadersFilter). */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /** Asserts the headers on {@code response}; {@code what} names it in a failure ("GET /salaries as HR_MANAGER"). */
    public static void assertOn(HttpResponse<?> response, String what) {
        String policy = response.headers().firstValue("Content-Security-Policy")
                .orElseThrow(() -> new AssertionError("No Content-Security-Policy on " + what));
        Map<String, String> directives = directives(policy);
        assertThat(directives).as("Content-Security-Policy of %s", what)
                .containsEntry("default-src", "'self'")
                .containsEntry("script-src", "'self'")
                .containsEntry("style-src", "'self'")
                .containsEntry("object-src", "'none'")
                .containsEntry("base-uri", "'none'")
                .containsEntry("form-action", "'self'")
                .containsEntry("frame-ancestors", "'none'");
        assertThat(policy).as("Content-Security-Policy of %s", what).doesNotContain("unsafe-", "*", "http:", "https:");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as("nosniff on %s", what).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as("X-Frame-Options on %s", what).contains("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).as("Referrer-Policy on %s", what).contains("same-origin");
        assertThat(response.headers().firstValue("Cross-Origin-Opener-Policy")).as("COOP on %s", what).contains("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).as("Permissions-Policy on %s", what)
                .hasValueSatisfying(permissions -> assertThat(permissions).contains("camera=()", "microphone=()",
                        "geolocation=()", "payment=()"));
    }

    /** The policy's directives by name, e.g. {@code script-src -> 'self'}. */
    public static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";"))
                .map(String::strip)
                .filter(directive -> !directive.isEmpty())
                .collect(Collectors.toMap(directive -> directive.split(" ", 2)[0],
                        directive -> directive.contains(" ") ? directive.split(" ", 2)[1] : ""));
    }
}
