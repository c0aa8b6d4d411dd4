package org.openbenefits.portalcommon.csrf;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;

/**
 * Reads the body of every posted form before any other filter runs, so that {@link CsrfFilter} can check its token.
 *
 * <p>It answers with the request itself, once the whole body has arrived: a filter that answers anything else
 * while a browser's form body is still on its way (Chromium and Java's HTTP client send it in a separate TCP
 * segment) makes Micronaut answer 500 or 503 (micronaut-security issue 1984, micronaut-core issue 11341).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class FormBodyReader implements Ordered {

    static final String FORM = "openbenefits.csrf.form";

    private final FilterBodyParser bodyParser;

    FormBodyReader(FilterBodyParser bodyParser) {
        this.bodyParser = bodyParser;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @RequestFilter
    CompletableFuture<HttpRequest<?>> read(HttpRequest<?> request) {
        boolean form = request.getMethod() != HttpMethod.GET && request.getContentType()
                .map(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).orElse(false);
        if (!form) {
            return CompletableFuture.completedFuture(request);
        }
        return bodyParser.parseBody(request).thenApply(body -> {
            request.setAttribute(FORM, body);
            return request;
        });
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> form(HttpRequest<?> request) {
        return request.getAttribute(FORM, Map.class).orElse(Map.of());
    }
}
