package org.openbenefits.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbenefits.testkit.embedded.FreePorts;

/**
 * The README's run command, end to end: the launcher jar brings up the database, the broker, the mail server and the
 * four services; each answers; a SIGINT (what Ctrl-C sends) stops every process; data survives a second start.
 */
class DevStackIT {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Map<String, String> ports = new LinkedHashMap<>();
    private final Path dataDir = Path.of(System.getProperty("user.dir"), "target", "dev-stack-it");
    private Process running;

    @AfterEach
    void killLeftovers() {
        if (running != null && running.isAlive()) {
            running.descendants().forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
        }
    }

    @Test
    void one_command_starts_the_platform_and_ctrl_c_stops_every_process_and_data_survives_a_restart() throws Exception {
        for (String name : List.of("PLATFORM_API_PORT", "EMPLOYEE_PORTAL_PORT", "EMPLOYER_ADMIN_PORT",
                "TICKET_DELIVERY_PORT", "MAILBOX_PORT", "DATABASE_PORT", "KAFKA_PORT", "SMTP_PORT")) {
            ports.put(name, Integer.toString(FreePorts.next()));
        }

        List<String> firstRun = start("--fresh");
        assertThat(firstRun).anyMatch(line -> line.contains("salarie@acme.example"))
                .anyMatch(line -> line.contains("Demo-2026!"));
        for (String service : List.of("PLATFORM_API_PORT", "EMPLOYEE_PORTAL_PORT", "EMPLOYER_ADMIN_PORT", "TICKET_DELIVERY_PORT")) {
            HttpResponse<String> health = get(service, "/health");
            assertThat(health.statusCode()).as(service + " /health").isEqualTo(200);
            assertThat(health.body()).as(service + " /health").contains("\"UP\"");
        }
        assertThat(get("EMPLOYEE_PORTAL_PORT", "/").body()).contains("Bienvenue sur votre espace avantages");
        assertThat(get("EMPLOYER_ADMIN_PORT", "/").body()).contains("Espace employeur");
        assertThat(get("MAILBOX_PORT", "/").body()).contains("Boîte mail de développement");
        assertThat(get("PLATFORM_API_PORT", "/api/v1/platform").body()).contains("OpenBenefits");
        assertThat(query("SELECT COUNT(*) FROM user_account")).isEqualTo(6);
        execute("INSERT INTO employer (name, created_at) VALUES ('Gardé entre deux lancements', NOW(6))");

        List<ProcessHandle> family = interruptAndWait();
        assertThat(family).as("java services and mariadbd were children of the launcher").hasSizeGreaterThanOrEqualTo(5);
        assertThat(family).noneMatch(ProcessHandle::isAlive);

        start();
        assertThat(query("SELECT COUNT(*) FROM employer WHERE name = 'Gardé entre deux lancements'")).isEqualTo(1);
        assertThat(query("SELECT COUNT(*) FROM user_account")).isEqualTo(6);
        assertThat(interruptAndWait()).noneMatch(ProcessHandle::isAlive);
    }

    private List<String> start(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", ROOT.resolve("dev-stack/target/dev-stack.jar").toString(), "--data-dir", dataDir.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(ports);
        running = builder.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(running.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    System.out.println("  | " + line);
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (lines.stream().noneMatch(line -> line.startsWith(DevStack.READY))) {
            if (!running.isAlive()) {
                throw new AssertionError("The launcher stopped before the platform was ready:\n" + String.join("\n", lines));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The platform was not ready within 4 minutes:\n" + String.join("\n", lines));
            }
            Thread.sleep(200);
        }
        Thread.sleep(500); // the logins are printed right after the ready line
        return lines;
    }

    /** Sends SIGINT, as Ctrl-C in a terminal does, and returns the processes the launcher had started. */
    private List<ProcessHandle> interruptAndWait() throws Exception {
        List<ProcessHandle> family = running.descendants().toList();
        new ProcessBuilder("kill", "-INT", Long.toString(running.pid())).inheritIO().start().waitFor();
        assertThat(running.waitFor(90, TimeUnit.SECONDS)).as("the launcher exits after SIGINT").isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (family.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return family;
    }

    private HttpResponse<String> get(String portVariable, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(portVariable) + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + ports.get("DATABASE_PORT")
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
