package org.openbenefits.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.openbenefits.testkit.embedded.FreePorts;

/**
 * The launcher jar run as {@code ./run} runs it, for the integration tests: every port taken from the environment
 * (StackSettings) and free on this machine, so that a test never meets a platform already running here nor another
 * test's. Its output is echoed with a {@code "  | "} prefix.
 */
final class LaunchedStack {

    static final String PLATFORM_API = "PLATFORM_API_PORT";
    static final String EMPLOYEE_PORTAL = "EMPLOYEE_PORTAL_PORT";
    static final String EMPLOYER_ADMIN = "EMPLOYER_ADMIN_PORT";
    static final String TICKET_DELIVERY = "TICKET_DELIVERY_PORT";
    static final String MAILBOX = "MAILBOX_PORT";
    static final String DATABASE = "DATABASE_PORT";
    static final String KAFKA = "KAFKA_PORT";
    static final String SMTP = "SMTP_PORT";

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final Map<String, String> ports = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Path dataDir;
    private Process running;
    private Thread reader;
    private List<String> output = List.of();
    private int interruptedAt;

    private LaunchedStack(Path dataDir) {
        this.dataDir = dataDir;
        for (String variable : List.of(PLATFORM_API, EMPLOYEE_PORTAL, EMPLOYER_ADMIN, TICKET_DELIVERY, MAILBOX,
                DATABASE, KAFKA, SMTP)) {
            ports.put(variable, Integer.toString(FreePorts.next()));
        }
    }

    /**
     * Sets an environment variable of the launcher, which passes its environment on to the services (a setting from
     * the README's table, say). Before {@link #start}.
     */
    LaunchedStack withEnvironment(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    /** A stack that will keep its data in {@code target/<folder>} of this module; not started yet. */
    static LaunchedStack inTargetFolder(String folder) {
        return new LaunchedStack(Path.of(System.getProperty("user.dir"), "target", folder));
    }

    int port(String variable) {
        return Integer.parseInt(ports.get(variable));
    }

    String url(String variable) {
        return "http://127.0.0.1:" + ports.get(variable);
    }

    /**
     * Starts the launcher with these options ({@code --fresh}...) and waits for its ready line and the logins printed
     * after it.
     *
     * @return every line the launcher printed so far, and later ones as they come
     */
    List<String> start(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", ROOT.resolve("dev-stack/target/dev-stack.jar").toString(), "--data-dir", dataDir.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().putAll(ports);
        running = builder.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        output = lines;
        Process process = running;
        reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    System.out.println("  | " + line);
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "launched-stack-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (lines.stream().noneMatch(line -> line.startsWith(DevStack.READY))) {
            if (!running.isAlive()) {
                throw new AssertionError("The launcher stopped before the platform was ready:\n" + String.join("\n", lines));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The platform was not ready within " + READY_TIMEOUT.toMinutes() + " minutes:\n"
                        + String.join("\n", lines));
            }
            Thread.sleep(200);
        }
        Thread.sleep(500); // the logins are printed right after the ready line
        return lines;
    }

    /** Whether the launcher was started and has not exited. */
    boolean isRunning() {
        return running != null && running.isAlive();
    }

    /**
     * Sends SIGINT, as Ctrl-C in a terminal does, waits for the launcher to exit and returns the processes it had
     * started (services, mariadbd), given up to 10 s more to end.
     *
     * @throws AssertionError if the launcher has not exited 90 s after the signal
     */
    List<ProcessHandle> interruptAndWait() throws Exception {
        List<ProcessHandle> family = running.descendants().toList();
        interruptedAt = output.size();
        new ProcessBuilder("kill", "-INT", Long.toString(running.pid())).inheritIO().start().waitFor();
        if (!running.waitFor(90, TimeUnit.SECONDS)) {
            throw new AssertionError("The launcher did not exit within 90 s of SIGINT");
        }
        reader.join(Duration.ofSeconds(10)); // the last lines the launcher wrote
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (family.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return family;
    }

    /** What the launcher printed from the last {@link #interruptAndWait()} until it exited. */
    List<String> outputAfterInterrupt() {
        return List.copyOf(output.subList(interruptedAt, output.size()));
    }

    /** Kills whatever is still running of the launcher and its children, after a failure. */
    void killLeftovers() {
        if (running != null && running.isAlive()) {
            running.descendants().forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
        }
    }
}
