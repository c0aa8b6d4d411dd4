package org.openbenefits.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.openbenefits.contract.events.Topics;
import org.openbenefits.testkit.embedded.EmbeddedKafka;
import org.openbenefits.testkit.embedded.EmbeddedMariaDb;
import org.openbenefits.testkit.embedded.EmbeddedSmtp;

/**
 * Runs the whole platform on one machine with nothing installed but a JDK: embedded MariaDB, Kafka and SMTP, the
 * four services as child JVMs, demo data and the dev mailbox. Ctrl-C stops everything.
 */
public final class DevStack {

    /** Printed once every service answers /health; the integration test waits for it. */
    static final String READY = "La plateforme est prête";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("devstack.start-timeout-seconds", 180));

    private final StackSettings settings;
    private final List<AutoCloseable> infrastructure = new ArrayList<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private DevStack(StackSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        StackSettings settings;
        try {
            settings = StackSettings.from(List.of(args), System.getenv(), repositoryRoot());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(StackSettings.USAGE);
            System.exit(2);
            return;
        }
        DevStack stack = new DevStack(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "dev-stack-shutdown"));
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println();
            System.err.println("Le démarrage a échoué : " + e.getMessage());
            System.exit(1);
        }
        stack.stopped.await();
    }

    private static Path repositoryRoot() {
        String configured = System.getProperty("devstack.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        try {
            // dev-stack/target/dev-stack.jar -> the repository root three levels up
            Path jar = Path.of(DevStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent().getParent();
        } catch (Exception e) {
            return Path.of("").toAbsolutePath();
        }
    }

    private void start() throws Exception {
        long begin = System.nanoTime();
        Path data = settings.dataDir();
        if (settings.fresh()) {
            say("Option --fresh : effacement de " + data);
            deleteRecursively(data);
        }
        Files.createDirectories(data);
        say("Données locales : " + data + (settings.fresh() ? " (repart de zéro)" : " (conservées entre deux lancements ; --fresh pour repartir de zéro)"));

        EmbeddedMariaDb database = timed("MariaDB (base de données)",
                () -> EmbeddedMariaDb.start(data.resolve("mariadb"), settings.databasePort()).withoutShutdownHook());
        infrastructure.add(database);
        database.createDatabase("platform");
        database.createDatabase("delivery");

        EmbeddedKafka kafka = timed("Kafka (bus d'événements)",
                () -> EmbeddedKafka.start(data.resolve("kafka"), settings.kafkaPort()).withoutShutdownHook());
        infrastructure.add(kafka);
        kafka.createTopics(3, Topics.NOTIFICATIONS, Topics.NOTIFICATIONS_DEAD_LETTER, Topics.ORDERS);

        EmbeddedSmtp smtp = timed("Serveur SMTP", () -> EmbeddedSmtp.start(settings.smtpPort()));
        infrastructure.add(smtp);
        MailArchive archive = new MailArchive(smtp, data.resolve("mail"));
        infrastructure.add(archive);
        DevMailbox mailbox = new DevMailbox(archive, settings.mailboxPort());
        infrastructure.add(mailbox);

        Path signingKeys = LocalSigningKeys.ensure(data, Clock.systemDefaultZone());
        Path root = settings.root();
        String kafkaServers = kafka.bootstrapServers();
        String apiUrl = "http://127.0.0.1:" + settings.platformApiPort();
        services.add(new ServiceProcess("platform-api", root.resolve("platform-api/server/target/platform-api-server.jar"),
                settings.platformApiPort(), Map.of(
                        "DATASOURCE_URL", database.jdbcUrl("platform"),
                        "DATASOURCE_USERNAME", database.username(),
                        "DATASOURCE_PASSWORD", database.password(),
                        "KAFKA_BOOTSTRAP_SERVERS", kafkaServers,
                        "EMPLOYEE_PORTAL_URL", "http://127.0.0.1:" + settings.employeePortalPort(),
                        "EMPLOYER_ADMIN_URL", "http://127.0.0.1:" + settings.employerAdminPort(),
                        // The portals pass the browser's address on: believe them, so rate limits count people.
                        "TRUSTED_PROXIES", "127.0.0.1",
                        // Made on the first start (LocalSigningKeys); a JWT_SIGNING_KEYS of the shell would clash.
                        "JWT_SIGNING_KEYS_FILE", signingKeys.toString(),
                        "JWT_SIGNING_KEYS", "",
                        "DEMO_DATA", "true"), data.resolve("logs")));
        services.add(new ServiceProcess("ticket-delivery", root.resolve("ticket-delivery/target/ticket-delivery.jar"),
                settings.ticketDeliveryPort(), Map.of(
                        "DATASOURCE_URL", database.jdbcUrl("delivery"),
                        "DATASOURCE_USERNAME", database.username(),
                        "DATASOURCE_PASSWORD", database.password(),
                        "KAFKA_BOOTSTRAP_SERVERS", kafkaServers,
                        "SMTP_HOST", "127.0.0.1",
                        "SMTP_PORT", Integer.toString(smtp.port())), data.resolve("logs")));
        Map<String, String> portals = Map.of("PLATFORM_API_URL", apiUrl,
                "EMPLOYEE_PORTAL_URL", "http://127.0.0.1:" + settings.employeePortalPort(),
                "EMPLOYER_ADMIN_URL", "http://127.0.0.1:" + settings.employerAdminPort());
        services.add(new ServiceProcess("employee-portal", root.resolve("employee-portal/target/employee-portal.jar"),
                settings.employeePortalPort(), portals, data.resolve("logs")));
        services.add(new ServiceProcess("employer-admin", root.resolve("employer-admin/target/employer-admin.jar"),
                settings.employerAdminPort(), portals, data.resolve("logs")));

        String java = ProcessHandle.current().info().command().orElse("java");
        long servicesBegin = System.nanoTime();
        for (ServiceProcess service : services) {
            service.start(java, data.resolve("cds"));
        }
        say("Démarrage des services (journaux dans " + data.resolve("logs") + ") ...");
        awaitHealthy(servicesBegin);

        System.out.println();
        System.out.printf(Locale.ROOT, "%s en %.1f s. Ctrl-C pour tout arrêter.%n", READY, seconds(begin));
        System.out.println();
        System.out.println("  Espace salarié (employee-portal)    http://127.0.0.1:" + settings.employeePortalPort());
        System.out.println("  Espace employeur (employer-admin)   http://127.0.0.1:" + settings.employerAdminPort());
        System.out.println("  API (platform-api)                  " + apiUrl + "/api/v1   documentation : " + apiUrl + "/api-docs");
        System.out.println("  ticket-delivery                     http://127.0.0.1:" + settings.ticketDeliveryPort() + "/health");
        System.out.println("  Boîte mail de développement         " + mailbox.url());
        System.out.println("  MariaDB                             127.0.0.1:" + database.port() + ", bases platform et delivery (utilisateur "
                + database.username() + ", mot de passe " + database.password() + ")");
        System.out.println("  Kafka                               " + kafkaServers);
        System.out.println();
        System.out.println("  Comptes de démonstration (mot de passe pour tous : Demo-2026! — démonstration uniquement) :");
        System.out.println("    rh@acme.example            responsable RH d'ACME         espace employeur");
        System.out.println("    salarie@acme.example       salariée d'ACME               espace salarié");
        System.out.println("    lea.bernard@acme.example   salariée d'ACME               espace salarié");
        System.out.println("    hugo.petit@acme.example    salarié d'ACME                espace salarié");
        System.out.println("    support@platform.example   agent de support              espace employeur (support)");
        System.out.println("    admin@platform.example     administrateur plateforme     espace employeur (administration)");
        System.out.println();
    }

    private void awaitHealthy(long since) throws InterruptedException {
        List<ServiceProcess> pending = new ArrayList<>(services);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!pending.isEmpty()) {
            for (ServiceProcess service : List.copyOf(pending)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.name() + " s'est arrêté au démarrage. Fin de son journal ("
                            + service.log() + ") :\n" + service.tail(40));
                }
                if (service.isHealthy()) {
                    pending.remove(service);
                    say(String.format(Locale.ROOT, "%-16s prêt sur %s en %.1f s", service.name(), service.url(), seconds(since)));
                }
            }
            if (System.nanoTime() > deadline) {
                ServiceProcess late = pending.getFirst();
                throw new IllegalStateException(late.name() + " n'a pas répondu UP sur /health en " + START_TIMEOUT.toSeconds()
                        + " s. Fin de son journal (" + late.log() + ") :\n" + late.tail(40));
            }
            Thread.sleep(250);
        }
    }

    /**
     * Stops the services first, then the infrastructure they use, newest first; runs once, from the shutdown hook.
     * The embedded servers have no exit hooks of their own here, so that the broker outlives the consumers and they
     * leave their group cleanly (otherwise the next start waits for the broker to expire them).
     */
    private synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        System.out.println();
        say("Arrêt de la plateforme ...");
        // One thread per service, not a parallel stream: on a two-core machine that stopped them two by two, and each
        // takes seconds to write its class-data archive on the way out.
        List<Thread> stopping = services.stream()
                .map(service -> Thread.ofPlatform().name("stop-" + service.name())
                        .start(() -> service.stop(Duration.ofSeconds(20))))
                .toList();
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (int i = infrastructure.size() - 1; i >= 0; i--) {
            try {
                infrastructure.get(i).close();
            } catch (Exception e) {
                System.err.println("Arrêt incomplet : " + e.getMessage());
            }
        }
        say("Tout est arrêté.");
        stopped.countDown();
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T timed(String what, Step<T> step) throws Exception {
        long begin = System.nanoTime();
        T result = step.run();
        say(String.format(Locale.ROOT, "%-28s démarré en %.1f s", what, seconds(begin)));
        return result;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void say(String line) {
        System.out.println("[dev-stack] " + line);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
