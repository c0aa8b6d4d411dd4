package org.openbenefits.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's run command, end to end: the launcher jar brings up the database, the broker, the mail server and the
 * four services; each answers; a SIGINT (what Ctrl-C sends) stops every process without an error on the way out; data
 * survives a second start.
 */
class DevStackIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    // The outbox relay ticks every 10 ms instead of 250: a service that let scheduled work run while it stopped would
    // then do so at every stop, not at one in five, and the quiet-stop check below would say so every time.
    private final LaunchedStack stack = LaunchedStack.inTargetFolder("dev-stack-it")
            .withEnvironment("OUTBOX_RELAY_INTERVAL", "10ms");

    @AfterEach
    void killLeftovers() {
        stack.killLeftovers();
    }

    @Test
    void one_command_starts_the_platform_and_ctrl_c_stops_every_process_quietly_and_data_survives_a_restart() throws Exception {
        List<String> firstRun = stack.start("--fresh");
        assertThat(firstRun).anyMatch(line -> line.contains("salarie@acme.example"))
                .anyMatch(line -> line.contains("Demo-2026!"));
        for (String service : List.of(LaunchedStack.PLATFORM_API, LaunchedStack.EMPLOYEE_PORTAL,
                LaunchedStack.EMPLOYER_ADMIN, LaunchedStack.TICKET_DELIVERY)) {
            HttpResponse<String> health = get(service, "/health");
            assertThat(health.statusCode()).as(service + " /health").isEqualTo(200);
            assertThat(health.body()).as(service + " /health").contains("\"UP\"");
        }
        assertThat(get(LaunchedStack.EMPLOYEE_PORTAL, "/").body()).contains("Bienvenue sur votre espace avantages");
        assertThat(get(LaunchedStack.EMPLOYER_ADMIN, "/").body()).contains("Espace employeur");
        assertThat(get(LaunchedStack.MAILBOX, "/").body()).contains("Boîte mail de développement");
        assertThat(get(LaunchedStack.PLATFORM_API, "/api/v1/platform").body()).contains("OpenBenefits");
        assertThat(query("SELECT COUNT(*) FROM user_account")).isEqualTo(6);
        execute("INSERT INTO employer (name, created_at) VALUES ('Gardé entre deux lancements', NOW(6))");

        List<ProcessHandle> family = stack.interruptAndWait();
        assertThat(family).as("java services and mariadbd were children of the launcher").hasSizeGreaterThanOrEqualTo(5);
        assertStoppedQuietly(family);

        stack.start();
        assertThat(query("SELECT COUNT(*) FROM employer WHERE name = 'Gardé entre deux lancements'")).isEqualTo(1);
        assertThat(query("SELECT COUNT(*) FROM user_account")).isEqualTo(6);
        assertStoppedQuietly(stack.interruptAndWait());
    }

    /**
     * Every process ended, and the launcher said nothing alarming on the way out: a service that leaves the database
     * without closing its connections makes MariaDB print "Aborted connection", which the launcher shows as ERROR.
     */
    private void assertStoppedQuietly(List<ProcessHandle> family) {
        assertThat(family).noneMatch(ProcessHandle::isAlive);
        assertThat(stack.outputAfterInterrupt()).as("what the launcher printed after Ctrl-C")
                .anyMatch(line -> line.contains("Tout est arrêté"))
                .noneMatch(line -> line.contains("ERROR") || line.contains("Aborted connection"));
    }

    private HttpResponse<String> get(String portVariable, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(stack.url(portVariable) + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + stack.port(LaunchedStack.DATABASE)
                + "/platform?allowPublicKeyRetrieval=true&useSSL=false", "openbenefits", "openbenefits");
    }

    private int query(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
