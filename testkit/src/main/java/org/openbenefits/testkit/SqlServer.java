package org.openbenefits.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.openbenefits.testkit.embedded.EmbeddedMariaDb;

/** The MySQL-compatible server the tests use, whatever runs it; databases are created on first request. */
interface SqlServer extends AutoCloseable {

    /** The URL of {@code database}, created first if this server has not been asked for it yet. */
    String jdbcUrl(String database);

    String username();

    String password();

    /** A human-readable address for the start log. */
    String address();

    @Override
    void close();

    static SqlServer embedded(EmbeddedMariaDb mariaDb) {
        return new Embedded(mariaDb);
    }

    /**
     * A server reached through {@code serverUrl} ({@code jdbc:mysql://host:port/} with optional parameters, which
     * win over this kit's defaults); {@code stopper} runs on {@link #close()}.
     */
    static Remote remote(String serverUrl, String username, String password, Runnable stopper) {
        return new Remote(serverUrl, username, password, stopper);
    }

    /** Delegates to {@link EmbeddedMariaDb}, remembering which databases exist already. */
    final class Embedded implements SqlServer {

        private final EmbeddedMariaDb mariaDb;
        private final Set<String> created = ConcurrentHashMap.newKeySet();

        private Embedded(EmbeddedMariaDb mariaDb) {
            this.mariaDb = mariaDb;
        }

        @Override
        public String jdbcUrl(String database) {
            if (!created.contains(database)) {
                mariaDb.createDatabase(database);
                created.add(database);
            }
            return mariaDb.jdbcUrl(database);
        }

        @Override
        public String username() {
            return mariaDb.username();
        }

        @Override
        public String password() {
            return mariaDb.password();
        }

        @Override
        public String address() {
            return "127.0.0.1:" + mariaDb.port();
        }

        @Override
        public void close() {
            mariaDb.close();
        }
    }

    /** A container's or an external server, reached over JDBC with an account allowed to create databases. */
    final class Remote implements SqlServer {

        private static final Pattern URL = Pattern.compile("(jdbc:mysql://[^/?]+)(/[^?]*)?(\\?.*)?");
        private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_$-]{1,64}");
        private static final String DEFAULT_PARAMETERS = "useUnicode=true&characterEncoding=UTF-8"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&sslMode=DISABLED&allowPublicKeyRetrieval=true";

        private final String hostPart;
        private final String parameters;
        private final String username;
        private final String password;
        private final Runnable stopper;
        private final Set<String> created = ConcurrentHashMap.newKeySet();

        private Remote(String serverUrl, String username, String password, Runnable stopper) {
            var matcher = URL.matcher(serverUrl.strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("Expected a MySQL server URL such as jdbc:mysql://host:3306/, got "
                        + serverUrl);
            }
            this.hostPart = matcher.group(1);
            this.parameters = mergedParameters(matcher.group(3));
            this.username = username;
            this.password = password;
            this.stopper = stopper;
        }

        private static String mergedParameters(String query) {
            Map<String, String> merged = parse(DEFAULT_PARAMETERS);
            if (query != null) {
                merged.putAll(parse(query.substring(1)));
            }
            return merged.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        }

        private static Map<String, String> parse(String query) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
                } else if (!pair.isEmpty()) {
                    parameters.put(pair, "");
                }
            }
            return parameters;
        }

        @Override
        public String jdbcUrl(String database) {
            if (database == null || !DATABASE_NAME.matcher(database).matches()) {
                throw new IllegalArgumentException("Not a database name this test kit accepts (letters, digits, _ $ -,"
                        + " at most 64): " + database);
            }
            if (!created.contains(database)) {
                createDatabase(database);
                created.add(database);
            }
            return hostPart + "/" + database + "?" + parameters;
        }

        /** Fails with the driver's reason when the server cannot be reached with these credentials. */
        Remote checked() {
            try (Connection connection = DriverManager.getConnection(hostPart + "/?" + parameters, username, password)) {
                return this;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot connect to " + hostPart + " as " + username, e);
            }
        }

        private void createDatabase(String database) {
            try (Connection connection = DriverManager.getConnection(hostPart + "/?" + parameters, username, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create database " + database + " through " + hostPart, e);
            }
        }

        @Override
        public String username() {
            return username;
        }

        @Override
        public String password() {
            return password;
        }

        @Override
        public String address() {
            return hostPart.substring("jdbc:mysql://".length());
        }

        @Override
        public void close() {
            stopper.run();
        }
    }
}
