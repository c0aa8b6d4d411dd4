package org.openbenefits.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openbenefits.testkit.embedded.EmbeddedSmtp;

/**
 * The database server, Kafka broker and SMTP server a test talks to, wherever they run (see {@link #mode()}).
 * Obtain the JVM's one instance from {@link TestInfrastructure#get()}.
 */
public interface Infrastructure {

    /** {@code embedded}, {@code containers} or {@code external}. */
    String mode();

    /** A MySQL Connector/J URL of {@code database}, created (utf8mb4) if it does not exist yet. */
    String jdbcUrl(String database);

    String jdbcUsername();

    String jdbcPassword();

    /** For {@code bootstrap.servers}. */
    String kafkaBootstrapServers();

    /** The in-process SMTP server, in every mode, so that tests can read the mails sent. */
    EmbeddedSmtp smtp();

    /**
     * The properties pointing a Micronaut application at this infrastructure, with {@code database} as its
     * default data source; a new map each time, which the caller may extend. Fits
     * {@code io.micronaut.test.support.TestPropertyProvider#getProperties()} as it is.
     */
    default Map<String, String> micronautProperties(String database) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", jdbcUrl(database));
        properties.put("datasources.default.username", jdbcUsername());
        properties.put("datasources.default.password", jdbcPassword());
        properties.put("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
        properties.put("kafka.bootstrap.servers", kafkaBootstrapServers());
        properties.put("smtp.host", smtp().host());
        properties.put("smtp.port", String.valueOf(smtp().port()));
        properties.put("platform.security.signing-keys", TestSigningKeys.get().toPrivateJson());
        return properties;
    }
}
