package org.openbenefits.platform.apicontract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;

/**
 * Hands every exchange of every HTTP client the test application context makes ({@code @Client("/")} fields,
 * declarative clients of the contract, clients made with {@code createBean}) to {@link ContractChecks}, error
 * statuses included. It only records: the test fails afterwards ({@link ContractCheckExtension}), since an exception
 * thrown here could be caught by a test that expects an error.
 */
@ClientFilter(ClientFilter.MATCH_ALL_PATTERN)
public class ValidatingClientFilter implements Ordered {

    private final JsonMapper json;

    ValidatingClientFilter(JsonMapper json) {
        this.json = json;
    }

    /** Last on the way out, first on the way back: the request as the other filters left it (a bearer token...). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @ResponseFilter
    void check(HttpRequest<?> request, @Nullable HttpResponse<?> response, @Nullable Throwable failure) {
        HttpResponse<?> answer = response != null ? response
                : failure instanceof HttpClientResponseException refused ? refused.getResponse() : null;
        if (answer == null) {
            return;
        }
        ContractChecks.platformApi().check(new Exchange(request.getMethodName(), URI.create(pathAndQuery(request)),
                requestHeaders(request), requestBody(request), answer.code(), answer.getHeaders().asMap(),
                answer.getBody(byte[].class).orElse(null)));
    }

    private static String pathAndQuery(HttpRequest<?> request) {
        URI uri = request.getUri();
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The headers as sent: the client adds a JSON content type to a body that has none. */
    private static Map<String, List<String>> requestHeaders(HttpRequest<?> request) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>(request.getHeaders().asMap());
        if (request.getBody().isPresent() && request.getContentType().isEmpty()) {
            headers.put("Content-Type", List.of(MediaType.APPLICATION_JSON));
        }
        return headers;
    }

    /**
     * The body as the client encodes it: text and bytes as they are, objects as JSON by the context's mapper (the one
     * the client uses). A multipart form is not something the document describes part by part: only its presence
     * is told.
     */
    private byte[] requestBody(HttpRequest<?> request) {
        Object body = request.getBody().orElse(null);
        if (body == null) {
            return null;
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (body instanceof MultipartBody) {
            return "(multipart form)".getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
