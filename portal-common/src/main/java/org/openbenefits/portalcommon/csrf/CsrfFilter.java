package org.openbenefits.portalcommon.csrf;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.openbenefits.portalcommon.error.ErrorPage;
import org.openbenefits.portalcommon.error.ErrorPageRenderer;
import org.openbenefits.portalcommon.web.PortalCookies;

/**
 * Protects every form against cross-site request forgery with a per-browser token: the token lives in an HttpOnly
 * cookie ({@link PortalCookies#csrf()}) and is copied into each page (the layout's {@code csrfToken}); a POST, PUT, PATCH or
 * DELETE must bring it back as the form field {@value #FIELD}, the header {@value #HEADER} (htmx requests, which the
 * layout configures), or, for file uploads, the query parameter {@value #FIELD}. Anything else gets the
 * "page expired" page (403) and reaches no controller.
 *
 * <p>The form body was read before, by {@link FormBodyReader}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CsrfFilter implements Ordered {

    public static final String FIELD = "csrfToken";
    public static final String HEADER = "X-CSRF-Token";
    static final String TOKEN = "openbenefits.csrf.token";
    private static final String ISSUED = "openbenefits.csrf.issued";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_LENGTH = 43;

    private final ErrorPageRenderer errorPages;

    CsrfFilter(ErrorPageRenderer errorPages) {
        this.errorPages = errorPages;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    /** The token the page being rendered must embed in its forms. */
    public static Optional<String> token(HttpRequest<?> request) {
        return request.getAttribute(TOKEN, String.class);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.startsWith("/assets/") || path.startsWith("/webjars/")) {
            return null;
        }
        PortalCookies cookies = PortalCookies.of(request);
        Optional<String> known = cookies.value(request, cookies.csrf())
                .filter(value -> value.length() == TOKEN_LENGTH);
        request.setAttribute(TOKEN, known.orElseGet(() -> {
            request.setAttribute(ISSUED, true);
            return newToken();
        }));
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        if (known.isEmpty()) {
            return refused(request);
        }
        String sent = request.getHeaders().get(HEADER);
        if (sent == null) {
            sent = request.getParameters().get(FIELD);
        }
        if (sent == null && FormBodyReader.form(request).get(FIELD) instanceof String field) {
            sent = field;
        }
        return sent != null && matches(known.get(), sent) ? null : refused(request);
    }

    @ResponseFilter
    void issue(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(ISSUED, Boolean.class).orElse(false)) {
            PortalCookies cookies = PortalCookies.of(request);
            response.cookie(cookies.cookie(cookies.csrf(), token(request).orElseThrow()));
        }
    }

    private HttpResponse<?> refused(HttpRequest<?> request) {
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(errorPages.html(request, ErrorPage.expiredForm()));
    }

    private static boolean matches(String expected, String sent) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
