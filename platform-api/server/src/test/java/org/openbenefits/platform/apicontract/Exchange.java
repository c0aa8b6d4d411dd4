package org.openbenefits.platform.apicontract;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;

/**
 * One HTTP exchange as it went over the wire, whichever client made it: what the contract checks are given.
 *
 * @param method       the request's method, upper case
 * @param uri          the request's path and query, as sent (still percent-encoded)
 * @param requestBody  the request's body, null for none
 * @param responseBody the response's body, null for none
 */
public record Exchange(String method, URI uri, Map<String, List<String>> requestHeaders, byte[] requestBody,
                       int status, Map<String, List<String>> responseHeaders, byte[] responseBody) {

    public String path() {
        return uri.getRawPath();
    }

    /** The same exchange under another method. */
    public Exchange withMethod(String other) {
        return new Exchange(other, uri, requestHeaders, requestBody, status, responseHeaders, responseBody);
    }

    /** "GET /api/v1/budget → 200": how reports name the exchange. */
    public String describe() {
        return method + " " + path() + " → " + status;
    }

    Request toValidatorRequest() {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getPath());
        requestHeaders.forEach(request::withHeader);
        queryParameters().forEach(request::withQueryParam);
        if (requestBody != null && requestBody.length > 0) {
            request.withBody(requestBody);
        }
        return request.build();
    }

    Response toValidatorResponse() {
        SimpleResponse.Builder response = new SimpleResponse.Builder(status);
        responseHeaders.forEach(response::withHeader);
        if (responseBody != null && responseBody.length > 0) {
            response.withBody(responseBody);
        }
        return response.build();
    }

    Request.Method validatorMethod() {
        return Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
    }

    private Map<String, List<String>> queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** Decoded as the server decodes a query: {@code +} is a space. */
    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return text;
        }
    }
}
