package org.openbenefits.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.platform.apicontract.ContractChecks;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.platform.apicontract.WireExchanges;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;
import org.openbenefits.testkit.browser.Browser;

/**
 * Every answer of platform-api carries the browser's security headers, with a Content-Security-Policy that allows
 * nothing for JSON; the interactive API page gets a policy that lets exactly its own files and its one inline script
 * run, and it still works in headless Chromium with that policy in force.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTest implements TestPropertyProvider {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestInfrastructure.get().micronautProperties("platform_headers");
    }

    @Test
    @OutsideTheContract("an unknown route, a missing token and a broken body, to see their refusals carry the headers")
    void every_kind_of_answer_carries_the_security_headers_and_a_policy_that_allows_nothing() {
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("health", send("GET", "/health", null));
        answers.put("an unknown route", send("GET", "/api/v1/no-such-thing", null));
        answers.put("a route that needs a token", send("GET", "/api/v1/budget", null));
        answers.put("a sign-in with a bad body", send("POST", "/api/v1/auth/sign-in", "{\"email\":"));
        answers.put("a failed sign-in", send("POST", "/api/v1/auth/sign-in",
                "{\"email\":\"nobody@acme.example\",\"password\":\"Pas-le-bon-2026\"}"));
        answers.put("the OpenAPI document", send("GET", "/openapi/platform-api.yml", null));
        answers.put("the redirect to the API page", send("GET", "/api-docs", null));

        assertThat(answers.get("a route that needs a token").statusCode()).isEqualTo(401);
        assertThat(answers.get("the redirect to the API page").statusCode()).isEqualTo(303);
        answers.forEach((what, answer) -> {
            assertCommonHeaders(answer, what);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what)
                    .contains("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).contains("no-referrer");
        });
    }

    @Test
    void the_api_page_allows_its_own_files_and_only_the_inline_script_it_was_generated_with() {
        HttpResponse<String> page = send("GET", "/swagger-ui/index.html", null);
        HttpResponse<String> script = send("GET", "/swagger-ui/res/swagger-ui-bundle.js", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertCommonHeaders(page, "the API page");
        assertCommonHeaders(script, "the API page's script");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).startsWith("default-src 'none'; script-src 'self' 'sha256-")
                .contains("style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'")
                .doesNotContain("unsafe-");
        assertThat(SecurityHeadersFilter.inlineScriptHashes())
                .singleElement().satisfies(hash -> assertThat(policy).contains("script-src 'self' 'sha256-" + hash + "';"));
        assertThat(SecurityHeadersFilter.styleElementHashes())
                .singleElement().satisfies(hash -> assertThat(policy).contains("style-src 'self' 'sha256-" + hash + "';"));
    }

    @Test
    void the_api_page_shows_the_operations_in_chromium_with_its_policy_in_force() {
        try (Browser browser = Browser.open()) {
            browser.go(server.getURL() + "/api-docs");
            browser.waitForText("/api/v1/auth/sign-in");

            assertThat(browser.driver().getCurrentUrl()).endsWith("/swagger-ui/index.html");
            assertThat(browser.text()).contains("/api/v1/budget");
            browser.assertNoPolicyViolations();
        }
    }

    private static void assertCommonHeaders(HttpResponse<String> answer, String what) {
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).contains("DENY");
        assertThat(answer.headers().firstValue("Cross-Origin-Opener-Policy")).as(what).contains("same-origin");
        assertThat(answer.headers().firstValue("Cross-Origin-Resource-Policy")).as(what).contains("same-origin");
        assertThat(answer.headers().firstValue("Permissions-Policy")).as(what)
                .hasValueSatisfying(permissions -> assertThat(permissions).contains("camera=()", "geolocation=()"));
        assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what)
                .hasValueSatisfying(policy -> assertThat(policy).doesNotContain("unsafe-"));
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> answer = http.send(sent, HttpResponse.BodyHandlers.ofString());
            ContractChecks.platformApi().check(WireExchanges.of(sent,
                    json == null ? null : json.getBytes(StandardCharsets.UTF_8), answer));
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
