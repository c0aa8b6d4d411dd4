package org.openbenefits.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.events.EventHeaders;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.contract.events.Topics;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.account.EmployerRow;
import org.openbenefits.platform.account.Employers;
import org.openbenefits.platform.account.PasswordHasher;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.platform.demo.DemoData;
import org.openbenefits.platform.outbox.Outbox;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** platform-api against the real parts: MariaDB through Connector/J, Flyway, Kafka, and its HTTP surface. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformApiInfrastructureTest implements TestPropertyProvider {

    @Inject
    Employers employers;
    @Inject
    UserAccounts accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    DemoData demoData;
    @Inject
    Outbox outbox;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_it"));
        properties.put("platform.demo-data.enabled", "true");
        properties.put("outbox.relay.interval", "100ms");
        return properties;
    }

    @Test
    void flyway_migrates_the_platform_schema_on_start() {
        List<String> versions = transactions.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
                List<String> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
                return found;
            }
        });

        assertThat(versions).contains("202611220900", "202611220901");
    }

    @Test
    void an_employer_round_trips_through_micronaut_data_jdbc() {
        String name = "Employer " + UUID.randomUUID();
        EmployerRow saved = employers.save(new EmployerRow(null, name, Instant.parse("2026-11-22T08:30:00.123456Z")));

        EmployerRow read = employers.findByName(name).orElseThrow();

        assertThat(read.id()).isEqualTo(saved.id()).isPositive();
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-11-22T08:30:00.123456Z"));
    }

    @Test
    void an_event_written_to_the_outbox_is_published_to_kafka_and_consumed() {
        NotificationRequested event = new NotificationRequested(UUID.randomUUID(), "camille@example.org", "fr",
                "invitation", Map.of("firstName", "Camille"));
        UUID eventId = transactions.executeWrite(status -> outbox.append(event));

        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.NOTIFICATIONS));
            ConsumerRecord<String, String> received = pollUntil(consumer, eventId.toString(), Duration.ofSeconds(30));

            assertThat(received.key()).isEqualTo("camille@example.org");
            assertThat(header(received, EventHeaders.TYPE)).isEqualTo("NotificationRequested");
            assertThat(header(received, EventHeaders.VERSION)).isEqualTo("1");
            assertThat(received.value()).contains("\"template\":\"invitation\"").contains("Camille");
        }
    }

    @Test
    void demo_data_holds_acme_its_people_and_the_staff_and_loading_it_twice_changes_nothing() {
        long before = accounts.count();
        demoData.load();

        assertThat(accounts.count()).isEqualTo(before);
        var hr = accounts.findByEmail("rh@acme.example").orElseThrow();
        assertThat(hr.role()).isEqualTo(Role.HR_MANAGER);
        assertThat(hr.employerId()).isEqualTo(employers.findByName("ACME").orElseThrow().id());
        assertThat(hr.passwordHash()).startsWith("$argon2id$").doesNotContain(DemoData.PASSWORD);
        assertThat(hasher.matches(DemoData.PASSWORD, hr.passwordHash())).isTrue();
        assertThat(accounts.findByEmail("admin@platform.example").orElseThrow().employerId()).isNull();
        assertThat(List.of("salarie@acme.example", "lea.bernard@acme.example", "hugo.petit@acme.example",
                "support@platform.example")).allMatch(accounts::existsByEmail);
    }

    @Test
    void demo_data_funds_acme_and_gives_each_demo_employee_three_grants_once() {
        long employerId = employers.findByName("ACME").orElseThrow().id();
        long movements = count("SELECT COUNT(*) FROM ledger_movement WHERE employer_id = " + employerId);

        demoData.load();

        assertThat(count("SELECT COUNT(*) FROM ledger_movement WHERE employer_id = " + employerId))
                .isEqualTo(movements).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM allowance_campaign WHERE employer_id = " + employerId)).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM allowance_grant g JOIN user_account a ON a.id = g.employee_id "
                + "WHERE a.email = 'salarie@acme.example'")).isEqualTo(3);
        assertThat(count("SELECT COALESCE(SUM(balance_cents), 0) FROM ledger_account WHERE employer_id = "
                + employerId + " AND type IN ('EMPLOYER_BUDGET', 'GRANT')")).isEqualTo(5_000_000);
        assertThat(count("SELECT COUNT(*) FROM budget_top_up WHERE bank_reference = 'VIR-DEMO-ACME' "
                + "AND status = 'CONFIRMED'")).isEqualTo(1);
    }

    @Test
    void demo_data_gives_a_picture_only_to_the_demo_offers_without_one() {
        String pathe = "(SELECT id FROM offer WHERE title = 'Cinéma Pathé — place 2D')";
        String picturesSet = "SELECT COUNT(*) FROM audit_entry WHERE action = 'OFFER_IMAGE_SET'";
        assertThat(count("SELECT COUNT(*) FROM offer_image i JOIN offer o ON o.id = i.offer_id")).isEqualTo(15);
        long setBefore = count(picturesSet);
        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                return statement.executeUpdate("DELETE FROM offer_image WHERE offer_id = " + pathe);
            }
        });

        demoData.load();

        assertThat(count("SELECT COUNT(*) FROM offer_image WHERE offer_id = " + pathe)).as("given back").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM offer_image")).isEqualTo(15);
        assertThat(count(picturesSet)).as("the others kept, not set again").isEqualTo(setBefore + 1);
    }

    private long count(String sql) {
        return transactions.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement();
                 ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Test
    void health_answers_up_with_the_database_and_kafka() {
        HttpResponse<String> health = http.toBlocking().exchange("/health", String.class);

        assertThat(health.code()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("jdbc").contains("kafka");
    }

    @Test
    void metrics_are_served_in_the_prometheus_format() {
        String metrics = http.toBlocking().retrieve("/prometheus");

        assertThat(metrics).contains("# TYPE jvm_memory_used_bytes gauge");
    }

    @Test
    void the_generated_openapi_document_and_the_interactive_api_page_are_served() {
        String document = http.toBlocking().retrieve("/openapi/platform-api.yml");
        String page = http.toBlocking().retrieve("/api-docs");
        String script = http.toBlocking().retrieve("/swagger-ui/res/swagger-ui-bundle.js");

        assertThat(document).contains("openapi:").contains("/api/v1/platform")
                .contains("/api/v1/budget:", "/api/v1/budget/statement:", "/api/v1/budget/top-ups:",
                        "/api/v1/platform/top-ups:", "/api/v1/platform/top-ups/{id}/confirmation:",
                        "/api/v1/platform/top-ups/{id}/rejection:", "/api/v1/platform/ledger/check:",
                        "/api/v1/campaigns:", "/api/v1/campaigns/preview:", "/api/v1/campaigns/{id}:",
                        "/api/v1/campaigns/{id}/grants:", "/api/v1/campaigns/grants/{grantId}/revocation:",
                        "/api/v1/categories:", "/api/v1/me/wallet:");
        assertThat(page).contains("/swagger-ui/res/swagger-ui-bundle.js").contains("/openapi/platform-api.yml");
        assertThat(script).contains("SwaggerUIBundle");
    }

    @Test
    @OutsideTheContract("a route that does not exist")
    void an_unknown_route_answers_problem_json_in_french() {
        HttpClientResponseException error = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/nothing-here"), String.class));

        assertThat(error.code()).isEqualTo(404);
        assertThat(error.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
        assertThat(error.getResponse().getBody(String.class)).hasValueSatisfying(body -> assertThat(body)
                .contains("\"code\":\"resource.not-found\"")
                .contains("\"status\":404")
                .contains("Ressource introuvable"));
    }

    private KafkaConsumer<String, String> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "platform-api-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private static ConsumerRecord<String, String> pollUntil(KafkaConsumer<String, String> consumer, String eventId,
                                                            Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (eventId.equals(header(record, EventHeaders.ID))) {
                    return record;
                }
            }
        }
        throw new AssertionError("Event " + eventId + " did not reach Kafka within " + timeout);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
