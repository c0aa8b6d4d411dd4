package org.openbenefits.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The servers of {@code -Dtestkit.infra=containers}: MySQL 8.4 and Kafka in Docker through Testcontainers. Only
 * this class touches Testcontainers, so the other modes run without it on the class path.
 */
final class Containers {

    static final String MYSQL_IMAGE = "mysql:8.4";
    static final String KAFKA_IMAGE = "apache/kafka:3.9.1";
    private static final String PASSWORD = "openbenefits";

    private Containers() {
    }

    /** Why containers cannot run here, or null when a Docker engine answers. */
    static String unavailableReason() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return null;
        }
        String dockerHost = System.getenv("DOCKER_HOST");
        String where = dockerHost == null || dockerHost.isBlank()
                ? "DOCKER_HOST unset or daemon not running"
                : "DOCKER_HOST=" + dockerHost + " does not answer";
        return "testkit.infra=containers needs a Docker engine and none is reachable (" + where + "): these tests"
                + " are skipped. Run without -Dtestkit.infra or with -Dtestkit.infra=embedded.";
    }

    static SqlServer startMySql() {
        MySQLContainer mysql = new MySQLContainer(DockerImageName.parse(MYSQL_IMAGE))
                .withUsername("root")
                .withPassword(PASSWORD);
        // The same server settings as the embedded MariaDB: utf8mb4 with a Unicode collation, UTC.
        mysql.withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--default-time-zone=+00:00");
        mysql.start();
        String serverUrl = "jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(MySQLContainer.MYSQL_PORT) + "/";
        return SqlServer.remote(serverUrl, mysql.getUsername(), mysql.getPassword(), mysql::stop);
    }

    static KafkaBroker startKafka() {
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE))
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        kafka.start();
        return new KafkaBroker(kafka.getBootstrapServers(), kafka::stop);
    }
}
