package org.openbenefits.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class OperationsEndpointsTest {

    @Inject
    EmbeddedServer server;

    private Pages pages;

    @BeforeEach
    void openPages() {
        pages = new Pages(server);
    }

    @Test
    void health_answers_up() {
        HttpResponse<String> health = pages.get("/health", "Accept", "application/json");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheus_scrapes_metrics_as_text() {
        pages.get("/"); // so that HTTP server metrics exist
        HttpResponse<String> metrics = pages.get("/prometheus", "Accept", "text/plain");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains("# HELP jvm_memory_used_bytes", "http_server_requests_seconds_count");
    }
}
