package org.openbenefits.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.micronaut.test.support.TestPropertyProvider;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;

class TestInfrastructureTest {

    @Test
    void the_infrastructure_gives_micronaut_everything_it_needs() throws Exception {
        Infrastructure infrastructure = TestInfrastructure.get();
        TestPropertyProvider provider = () -> infrastructure.micronautProperties("testkit_default");

        Map<String, String> properties = provider.getProperties();

        assertThat(TestInfrastructure.get()).isSameAs(infrastructure);
        assertThat(properties).containsOnlyKeys("datasources.default.url", "datasources.default.username",
                "datasources.default.password", "datasources.default.driver-class-name", "kafka.bootstrap.servers",
                "smtp.host", "smtp.port", "platform.security.signing-keys");
        assertThat(properties.get("platform.security.signing-keys"))
                .isEqualTo(TestSigningKeys.get().toPrivateJson()).contains("\"kty\":\"EC\"");
        assertThat(properties).containsEntry("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver")
                .containsEntry("smtp.host", "127.0.0.1")
                .containsEntry("smtp.port", String.valueOf(infrastructure.smtp().port()));
        assertThat(currentDatabase(properties.get("datasources.default.url"), properties.get("datasources.default.username"),
                properties.get("datasources.default.password"))).isEqualTo("testkit_default");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                properties.get("kafka.bootstrap.servers")))) {
            assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS)).hasSize(1);
        }
    }

    @Test
    void without_any_testkit_property_the_servers_are_embedded_on_127_0_0_1() {
        assumeTrue(Stream.of(TestInfrastructure.MODE, TestInfrastructure.MYSQL_URL, TestInfrastructure.KAFKA_BOOTSTRAP)
                .allMatch(key -> System.getProperty(key) == null), "a testkit property chooses the servers");

        Infrastructure infrastructure = TestInfrastructure.get();

        assertThat(infrastructure.mode()).isEqualTo("embedded");
        assertThat(infrastructure.jdbcUrl("testkit_default")).startsWith("jdbc:mysql://127.0.0.1:");
        assertThat(infrastructure.kafkaBootstrapServers()).startsWith("127.0.0.1:");
    }

    @Test
    void containers_without_a_docker_engine_abort_the_test_with_the_reason() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine is reachable here");

        assertThatThrownBy(() -> TestInfrastructure.select(properties("testkit.infra", "containers")))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("testkit.infra=containers needs a Docker engine and none is reachable")
                .hasMessageContaining("-Dtestkit.infra=embedded");
    }

    @Test
    void an_unknown_mode_is_refused_with_the_modes_there_are() {
        assertThatThrownBy(() -> TestInfrastructure.select(properties("testkit.infra", "docker")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("embedded (the default), containers or external");
    }

    @Test
    void external_servers_are_used_as_given_and_their_url_parameters_win() throws Exception {
        // The embedded server of this JVM plays the external one.
        Infrastructure embedded = TestInfrastructure.get();
        String serverUrl = embedded.jdbcUrl("testkit_default").replaceFirst("/testkit_default\\?.*", "/?connectTimeout=5000");

        Properties given = properties(
                "testkit.mysql.url", serverUrl,
                "testkit.mysql.username", embedded.jdbcUsername(),
                "testkit.mysql.password", embedded.jdbcPassword(),
                "testkit.kafka.bootstrap", "kafka.example.test:9092");
        try (ComposedInfrastructure external = TestInfrastructure.select(given)) {
            String url = external.jdbcUrl("testkit_external");

            assertThat(external.mode()).isEqualTo("external");
            assertThat(external.kafkaBootstrapServers()).isEqualTo("kafka.example.test:9092");
            assertThat(url).contains("/testkit_external?").contains("connectTimeout=5000").contains("characterEncoding=UTF-8");
            assertThat(currentDatabase(url, external.jdbcUsername(), external.jdbcPassword())).isEqualTo("testkit_external");
        }
    }

    @Test
    void a_mysql_url_alone_selects_the_external_mode() {
        try (ComposedInfrastructure selected = TestInfrastructure.select(
                properties("testkit.mysql.url", "jdbc:mysql://db.example.test:3306/"))) {
            assertThat(selected.mode()).isEqualTo("external");
        }
    }

    private static String currentDatabase(String url, String username, String password) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT DATABASE()")) {
            row.next();
            return row.getString(1);
        }
    }

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
