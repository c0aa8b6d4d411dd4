package org.openbenefits.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the local platform keeps its data and which ports it uses. Every port has a default and an environment
 * variable that overrides it (README, "Run the platform").
 *
 * @param root     the repository root, where the service jars are built
 * @param dataDir  where the database, the broker's log and the mailbox live between runs
 * @param fresh    whether to wipe {@code dataDir} before starting
 */
record StackSettings(Path root, Path dataDir, boolean fresh, int databasePort, int kafkaPort, int smtpPort,
                     int mailboxPort, int platformApiPort, int employeePortalPort, int employerAdminPort,
                     int ticketDeliveryPort) {

    static final String USAGE = """
            Usage: ./run [--fresh] [--data-dir FOLDER]
              --fresh            start from an empty database, broker and mailbox (the data folder is wiped)
              --data-dir FOLDER  where data is kept between runs (default: .local-data in the repository)
            Ports (environment variables): PLATFORM_API_PORT=8080 EMPLOYEE_PORTAL_PORT=8081 EMPLOYER_ADMIN_PORT=8082
              TICKET_DELIVERY_PORT=8083 MAILBOX_PORT=8025 DATABASE_PORT=3307 KAFKA_PORT=9092 SMTP_PORT=2525""";

    static StackSettings from(List<String> args, Map<String, String> env, Path root) {
        boolean fresh = false;
        Path dataDir = root.resolve(".local-data");
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--fresh" -> fresh = true;
                case "--data-dir" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--data-dir needs a folder");
                    }
                    dataDir = Path.of(args.get(++i));
                }
                default -> throw new IllegalArgumentException("Unknown option " + args.get(i));
            }
        }
        return new StackSettings(root, dataDir.toAbsolutePath().normalize(), fresh,
                port(env, "DATABASE_PORT", 3307), port(env, "KAFKA_PORT", 9092), port(env, "SMTP_PORT", 2525),
                port(env, "MAILBOX_PORT", 8025), port(env, "PLATFORM_API_PORT", 8080),
                port(env, "EMPLOYEE_PORTAL_PORT", 8081), port(env, "EMPLOYER_ADMIN_PORT", 8082),
                port(env, "TICKET_DELIVERY_PORT", 8083));
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank()).map(value -> {
            try {
                int port = Integer.parseInt(value.trim());
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a port number between 1 and 65535, not '" + value + "'");
            }
        }).orElse(fallback);
    }
}
