package org.openbenefits.platform.apicontract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The checks themselves, against a small document written here: a missing required property, an undocumented
 * status, a deliberate request outside the contract, a request that went around the validation, and the coverage
 * figures.
 */
class ContractChecksTest {

    private static final String DOCUMENT = """
            openapi: 3.0.1
            info: {title: things, version: "1"}
            paths:
              /api/v1/things/{id}:
                get:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: integer}}
                  responses:
                    "200":
                      description: a thing
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [name, tags]
                            properties:
                              name: {type: string}
                              tags: {type: array, items: {type: string}}
                    "404":
                      description: no such thing
                      content:
                        application/problem+json:
                          schema: {type: object, required: [code], properties: {code: {type: string}}}
              /api/v1/things:
                post:
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {type: object, required: [name], properties: {name: {type: string}}}
                  responses:
                    "201": {description: made}
                    "400":
                      description: refused
                      content:
                        application/problem+json:
                          schema: {type: object, required: [code], properties: {code: {type: string}}}
            """;

    private final ContractChecks checks = new ContractChecks(ApiDocument.read(DOCUMENT));

    @Test
    void an_answer_without_a_required_property_fails_the_test_naming_the_operation_status_and_property() {
        checks.begin("a test", null);

        checks.check(get("/api/v1/things/7", 200, "{\"name\":\"lamp\"}"));

        assertThat(checks.end()).singleElement().asString()
                .contains("GET /api/v1/things/7 → 200", "[response]", "validation.response.body.schema.required",
                        "tags");
    }

    @Test
    void an_answer_that_keeps_the_contract_fails_nothing() {
        checks.begin("a test", null);

        checks.check(get("/api/v1/things/7", 200, "{\"name\":\"lamp\",\"tags\":[]}"));
        checks.check(problem("GET", "/api/v1/things/8", null, 404));

        assertThat(checks.end()).isEmpty();
    }

    @Test
    void a_status_the_document_does_not_list_fails_the_test() {
        checks.begin("a test", null);

        checks.check(problem("GET", "/api/v1/things/7", null, 409));

        assertThat(checks.end()).singleElement().asString().contains("validation.response.status.unknown");
    }

    @Test
    void a_request_outside_the_contract_fails_a_test_that_did_not_say_it_was_deliberate() {
        checks.begin("a test", null);

        checks.check(problem("POST", "/api/v1/things", "{}", 400));

        assertThat(checks.end()).singleElement().asString()
                .contains("[request]", "validation.request.body.schema.required");
    }

    @Test
    void a_deliberate_request_outside_the_contract_passes_if_refused_but_its_answer_is_still_checked() {
        checks.begin("a test", "missing name on purpose");
        checks.check(problem("POST", "/api/v1/things", "{}", 400));
        assertThat(checks.end()).isEmpty();

        checks.begin("a test", "missing name on purpose");
        checks.check(new Exchange("POST", URI.create("/api/v1/things"), json(), bytes("{}"), 400,
                Map.of("Content-Type", List.of("application/problem+json")), bytes("{}")));
        assertThat(checks.end()).singleElement().asString().contains("[response]", "code");
    }

    @Test
    void a_deliberate_request_outside_the_contract_that_the_server_accepts_fails_the_test() {
        checks.begin("a test", "missing name on purpose");

        checks.check(new Exchange("POST", URI.create("/api/v1/things"), json(), bytes("{}"), 201, Map.of(), null));

        assertThat(checks.end()).singleElement().asString().contains("→ 201", "[request]", "accepted");
    }

    @Test
    void a_deliberate_body_on_an_operation_without_one_may_be_ignored_by_the_server() {
        checks.begin("a test", "a body where none is expected");

        checks.check(new Exchange("GET", URI.create("/api/v1/things/7"), json(), bytes("{\"a\":"), 200,
                Map.of("Content-Type", List.of("application/json")), bytes("{\"name\":\"lamp\",\"tags\":[]}")));

        assertThat(checks.end()).isEmpty();
    }

    @Test
    void a_request_the_server_received_without_being_validated_fails_the_test() {
        checks.begin("a test", null);

        checks.received("/api/v1/things/7");
        checks.received("/health");

        assertThat(checks.end()).singleElement().asString().contains("1 of the 1 requests the server received");
    }

    @Test
    void coverage_counts_documented_operations_and_responses_reached() {
        checks.begin("a test", null);
        checks.check(get("/api/v1/things/7", 200, "{\"name\":\"lamp\",\"tags\":[]}"));
        checks.check(get("/api/v1/things/8", 200, "{\"name\":\"desk\",\"tags\":[]}"));
        checks.check(get("/health", 200, "{}"));
        checks.end();

        Coverage.Figures figures = checks.figures();

        assertThat(figures.exchanges()).isEqualTo(2);
        assertThat(figures.outsideTheDocument()).isEqualTo(1);
        assertThat(figures.operationsReached()).isEqualTo(1);
        assertThat(figures.operations()).isEqualTo(2);
        assertThat(figures.responsesReached()).isEqualTo(1);
        assertThat(figures.responses()).isEqualTo(4);
        assertThat(figures.missedOperations()).containsExactly("POST /api/v1/things");
        assertThat(figures.belowThreshold()).isTrue();
    }

    private static Exchange get(String path, int status, String body) {
        return new Exchange("GET", URI.create(path), Map.of(), null, status,
                Map.of("Content-Type", List.of("application/json")), bytes(body));
    }

    private static Exchange problem(String method, String path, String body, int status) {
        return new Exchange(method, URI.create(path), body == null ? Map.of() : json(), bytes(body), status,
                Map.of("Content-Type", List.of("application/problem+json")), bytes("{\"code\":\"refused\"}"));
    }

    private static Map<String, List<String>> json() {
        return Map.of("Content-Type", List.of("application/json"));
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
