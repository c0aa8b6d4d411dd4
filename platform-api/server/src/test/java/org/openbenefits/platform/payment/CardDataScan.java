package org.openbenefits.platform.payment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.openbenefits.domain.payment.TestCard;
import org.openbenefits.testkit.Infrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Once every test of the module has run (surefire's single fork, the embedded servers still up), looks for card data
 * in everything the tests left behind: every text and binary column of every table of every test database, every
 * record of every Kafka topic, and the tests' log file (logback-test.xml's FILE appender). Card data is a documented
 * test card's number (plain, or in groups of four separated by spaces or dashes), a security code after the names the
 * payment pages and requests give it, or a column named for a card number or a security code. Finding any leaves
 * target/card-data-found, which fails the verify phase of a whole-suite run (an enforcer rule in the module's pom), and
 * says where, never what.
 */
public class CardDataScan implements TestExecutionListener {

    static final String FOUND = "card-data-found";

    /** A security code after a name it is sent or logged under: cvc=123, "securityCode":"123", cryptogramme : 123. */
    private static final Pattern SECURITY_CODE = Pattern.compile(
            "(?i)(cvc|cvv|cvc2|security[_-]?code|securitycode|cryptogram(me)?)\"?\\s*[:=]\\s*\"?\\d{3,4}");
    private static final Pattern CARD_COLUMN = Pattern.compile(
            "(?i).*(card_?number|pan|cvc|cvv|security_?code|cryptogram).*");
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "mysql", "performance_schema",
            "sys");
    private static final Set<String> SCANNED_TYPES = Set.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext", "json", "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob");

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        delete(target().resolve(FOUND));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        Infrastructure infrastructure = TestInfrastructure.started().orElse(null);
        if (infrastructure == null) {
            return; // unit tests alone: nothing was stored
        }
        List<String> findings = new ArrayList<>();
        String databases = scanDatabases(infrastructure, findings);
        String topics = scanKafka(infrastructure, findings);
        String logs = scanLogs(findings);
        String figures = databases + "; " + topics + "; " + logs;
        if (findings.isEmpty()) {
            System.out.println("[card-data] " + figures + ": no test card number or security code");
            return;
        }
        System.out.println("[card-data] card data found (" + figures + "):\n  " + String.join("\n  ", findings));
        write(target().resolve(FOUND), String.join("\n", findings) + "\n");
    }

    /** The numbers of the documented test cards, as typed: plain, or in groups of four with spaces or dashes. */
    static List<String> cardNumbers() {
        List<String> forms = new ArrayList<>();
        for (TestCard card : TestCard.values()) {
            String grouped = card.number();
            forms.add(grouped.replace(" ", ""));
            forms.add(grouped);
            forms.add(grouped.replace(' ', '-'));
        }
        return forms;
    }

    /** Where {@code text} holds card data, or null. */
    static String cardDataIn(String text) {
        for (String number : cardNumbers()) {
            if (text.contains(number)) {
                return "a test card number";
            }
        }
        return SECURITY_CODE.matcher(text).find() ? "a security code" : null;
    }

    private static String scanDatabases(Infrastructure infrastructure, List<String> findings) {
        int databases = 0;
        int tables = 0;
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl("card_data_scan"),
                infrastructure.jdbcUsername(), infrastructure.jdbcPassword())) {
            Map<String, List<String>> columnsByTable = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns
                    WHERE table_schema NOT IN ('information_schema', 'mysql', 'performance_schema', 'sys')
                    ORDER BY table_schema, table_name, ordinal_position""");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String table = "`" + rows.getString(1) + "`.`" + rows.getString(2) + "`";
                    String column = rows.getString(3);
                    if (CARD_COLUMN.matcher(column).matches()) {
                        findings.add(table + " has a column named for card data: " + column);
                    }
                    List<String> columns = columnsByTable.computeIfAbsent(table, key -> new ArrayList<>());
                    if (SCANNED_TYPES.contains(rows.getString(4).toLowerCase(Locale.ROOT))) {
                        columns.add(column);
                    }
                }
            }
            databases = (int) columnsByTable.keySet().stream().map(table -> table.substring(0, table.indexOf('.')))
                    .distinct().filter(schema -> !SYSTEM_SCHEMAS.contains(schema)).count();
            tables = columnsByTable.size();
            for (Map.Entry<String, List<String>> table : columnsByTable.entrySet()) {
                for (String column : table.getValue()) {
                    scanColumn(connection, table.getKey(), column, findings);
                }
            }
        } catch (SQLException e) {
            findings.add("the databases could not be scanned: " + e.getMessage());
        }
        return tables + " tables in " + databases + " databases";
    }

    private static void scanColumn(Connection connection, String table, String column, List<String> findings)
            throws SQLException {
        List<String> numbers = cardNumbers();
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("CAST(`").append(column).append("` AS BINARY) LIKE ?");
        }
        where.append(" OR CAST(`").append(column).append("` AS CHAR) REGEXP ?");
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
            for (int i = 0; i < numbers.size(); i++) {
                statement.setString(i + 1, "%" + numbers.get(i) + "%");
            }
            statement.setString(numbers.size() + 1,
                    "(cvc|cvv|cvc2|security_?code|securityCode|cryptogram(me)?)\"?[[:space:]]*[:=][[:space:]]*\"?[0-9]{3,4}");
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                if (count.getLong(1) > 0) {
                    findings.add(table + "." + column + ": " + count.getLong(1) + " rows with card data");
                }
            }
        }
    }

    private static String scanKafka(Infrastructure infrastructure, List<String> findings) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        long records = 0;
        int topicCount = 0;
        try (Admin admin = Admin.create(properties);
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            Set<String> topics = admin.listTopics().names().get();
            topicCount = topics.size();
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo partition : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                    partitions.add(new TopicPartition(topic, partition.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    String text = (record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8))
                            + " " + (record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8));
                    String what = cardDataIn(text);
                    if (what != null) {
                        findings.add("Kafka topic " + record.topic() + " offset " + record.offset() + ": " + what);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            findings.add("Kafka could not be scanned: interrupted");
        } catch (Exception e) {
            findings.add("Kafka could not be scanned: " + e.getMessage());
        }
        return records + " Kafka records in " + topicCount + " topics";
    }

    private static String scanLogs(List<String> findings) {
        Path logs = target().resolve("test-logs");
        long lines = 0;
        if (!Files.isDirectory(logs)) {
            findings.add("no test log in " + logs + ": logback-test.xml's FILE appender writes it");
            return "no log file";
        }
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                List<String> content = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < content.size(); i++) {
                    String what = cardDataIn(content.get(i));
                    if (what != null) {
                        findings.add(file.getFileName() + " line " + (i + 1) + ": " + what);
                    }
                }
                lines += content.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines + " log lines";
    }

    /** The module's target directory: surefire runs the tests from the module's directory. */
    private static Path target() {
        return Path.of(System.getProperty("basedir", "."), "target");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
