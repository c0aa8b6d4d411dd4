package org.openbenefits.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A JSON-over-HTTP client as an outside program would write it (the JDK's HttpClient and Jackson), for the
 * integration tests that talk to the launched platform.
 */
final class JsonApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    JsonApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** One answer: its status, its body as text and, when it is JSON, as a tree (else a missing node). */
    record Answer(int status, String body, JsonNode json) {

        /** The JSON field at this pointer ({@code /user/email}), missing when absent. */
        JsonNode at(String pointer) {
            return json.at(pointer);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Answer get(String path, String bearer) {
        return send(request(path, bearer).GET());
    }

    /** A GET that asks for another type than JSON, a CSV download for instance. */
    Answer get(String path, String accept, String bearer) {
        return send(request(path, bearer).setHeader("Accept", accept).GET());
    }

    Answer postJson(String path, Object body, String bearer) {
        try {
            return send(request(path, bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer post(String path, String contentType, byte[] body, String bearer) {
        return send(request(path, bearer).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
