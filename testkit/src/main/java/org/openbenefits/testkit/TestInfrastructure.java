package org.openbenefits.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openbenefits.testkit.embedded.EmbeddedKafka;
import org.openbenefits.testkit.embedded.EmbeddedMariaDb;
import org.openbenefits.testkit.embedded.EmbeddedSmtp;
import org.opentest4j.TestAbortedException;

/**
 * The JVM's one {@link Infrastructure}, started on first use (its servers side by side, in the background) and
 * chosen by system properties:
 * <ul>
 * <li>{@code -Dtestkit.infra=embedded} (the default): MariaDB, Kafka and SMTP on free ports of 127.0.0.1, their
 * data under {@code -Dtestkit.workdir} (default {@code target/testkit}), wiped when a test JVM starts them;</li>
 * <li>{@code -Dtestkit.infra=containers}: MySQL 8.4 and Kafka in Docker; without a Docker engine every test that
 * asks is skipped (aborted), never failed;</li>
 * <li>{@code -Dtestkit.infra=external}, implied by {@code -Dtestkit.mysql.url} or {@code -Dtestkit.kafka.bootstrap}:
 * the servers given by {@code testkit.mysql.url} (without database, e.g. {@code jdbc:mysql://host:3306/}),
 * {@code testkit.mysql.username}, {@code testkit.mysql.password} and {@code testkit.kafka.bootstrap}; the ones not
 * given are embedded. Parameters in {@code testkit.mysql.url} win over this kit's defaults (which disable TLS):
 * add {@code ?sslMode=REQUIRED} for a server that insists on it.</li>
 * </ul>
 * SMTP is always the in-process server, so that tests can read the mailbox.
 */
public final class TestInfrastructure {

    static final String MODE = "testkit.infra";
    static final String WORKDIR = "testkit.workdir";
    static final String MYSQL_URL = "testkit.mysql.url";
    static final String MYSQL_USERNAME = "testkit.mysql.username";
    static final String MYSQL_PASSWORD = "testkit.mysql.password";
    static final String KAFKA_BOOTSTRAP = "testkit.kafka.bootstrap";

    private static Infrastructure instance;
    private static String abortReason;
    private static RuntimeException selectionFailure;

    private TestInfrastructure() {
    }

    /**
     * The JVM's infrastructure, started on the first call. Aborts the calling test (reported as skipped) when the
     * chosen mode cannot run here; the outcome is kept, so later calls answer at once.
     */
    public static synchronized Infrastructure get() {
        if (instance == null && abortReason == null && selectionFailure == null) {
            try {
                instance = select(System.getProperties()).startInBackground();
            } catch (TestAbortedException e) {
                abortReason = e.getMessage();
                // Said once on the console too: surefire shows skip reasons only in its reports.
                System.err.println("testkit: " + abortReason);
            } catch (RuntimeException e) {
                selectionFailure = e;
            }
        }
        if (abortReason != null) {
            return Assumptions.abort(abortReason);
        }
        if (selectionFailure != null) {
            throw new IllegalStateException(selectionFailure.getMessage(), selectionFailure);
        }
        return instance;
    }

    /**
     * The JVM's infrastructure if a test started it, without starting it: for listeners that look at what the tests
     * left behind once they all ran.
     */
    public static synchronized Optional<Infrastructure> started() {
        return Optional.ofNullable(instance);
    }

    /**
     * The infrastructure {@code properties} ask for, not started yet (its servers start when first used).
     *
     * @throws TestAbortedException when containers are asked for and no Docker engine answers
     * @throws IllegalArgumentException when {@code testkit.infra} names no known mode
     */
    static ComposedInfrastructure select(Properties properties) {
        String mysqlUrl = value(properties, MYSQL_URL);
        String kafkaBootstrap = value(properties, KAFKA_BOOTSTRAP);
        String mode = value(properties, MODE);
        if (mode == null) {
            mode = mysqlUrl != null || kafkaBootstrap != null ? "external" : "embedded";
        }
        Path workdir = Path.of(value(properties, WORKDIR) == null ? "target/testkit" : value(properties, WORKDIR));
        Component<EmbeddedSmtp> smtp = new Component<>("embedded SMTP", () -> EmbeddedSmtp.start(0),
                server -> server.host() + ":" + server.port());
        return switch (mode) {
            case "embedded" -> new ComposedInfrastructure(mode, embeddedSql(workdir), embeddedKafka(workdir), smtp);
            case "containers" -> {
                String reason = Containers.unavailableReason();
                if (reason != null) {
                    Assumptions.abort(reason);
                }
                yield new ComposedInfrastructure(mode,
                        new Component<>("MySQL container " + Containers.MYSQL_IMAGE, Containers::startMySql,
                                SqlServer::address),
                        new Component<>("Kafka container " + Containers.KAFKA_IMAGE, Containers::startKafka,
                                KafkaBroker::bootstrapServers),
                        smtp);
            }
            case "external" -> new ComposedInfrastructure(mode,
                    mysqlUrl == null ? embeddedSql(workdir) : externalSql(properties, mysqlUrl),
                    kafkaBootstrap == null ? embeddedKafka(workdir)
                            : new Component<>("external Kafka", () -> KafkaBroker.external(kafkaBootstrap),
                                    KafkaBroker::bootstrapServers),
                    smtp);
            default -> throw new IllegalArgumentException("-D" + MODE + "=" + mode
                    + " is not a test infrastructure mode: use embedded (the default), containers or external");
        };
    }

    private static Component<SqlServer> embeddedSql(Path workdir) {
        return new Component<>("embedded MariaDB", () -> {
            Path base = workdir.resolve("mariadb");
            // The unpacked server binaries (server/) stay: unpacking them again would cost a second per JVM.
            deleteRecursively(base.resolve("data"));
            deleteRecursively(base.resolve("tmp"));
            return SqlServer.embedded(EmbeddedMariaDb.start(base, 0));
        }, SqlServer::address);
    }

    private static Component<KafkaBroker> embeddedKafka(Path workdir) {
        return new Component<>("embedded Kafka", () -> {
            Path logDir = workdir.resolve("kafka");
            deleteRecursively(logDir);
            EmbeddedKafka kafka = EmbeddedKafka.start(logDir, 0);
            return new KafkaBroker(kafka.bootstrapServers(), kafka::close);
        }, KafkaBroker::bootstrapServers);
    }

    private static Component<SqlServer> externalSql(Properties properties, String url) {
        String username = value(properties, MYSQL_USERNAME) == null ? "root" : value(properties, MYSQL_USERNAME);
        String password = properties.getProperty(MYSQL_PASSWORD, "");
        return new Component<>("external MySQL",
                () -> SqlServer.remote(url, username, password, () -> { }).checked(), SqlServer::address);
    }

    private static String value(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    // Each test JVM starts from empty servers, so that a run does not depend on what an earlier one left behind.
    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty " + directory, e);
        }
    }
}
