package org.openbenefits.platform.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * Plain SQL for the work that Micronaut Data repositories do badly: ledger postings, bulk writes and reports. Every
 * call joins the caller's transaction (or runs in one of its own). Parameters: {@link Instant}s are stored as
 * timestamps, enums by name, {@link java.time.LocalDate}s as dates, nulls as NULL.
 */
@Singleton
public class Jdbc {

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;

    Jdbc(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = prepare(status.getConnection(), sql, parameters);
                 ResultSet rows = statement.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(mapper.map(rows));
                }
                return found;
            }
        });
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... parameters) {
        return list(sql, mapper, parameters).stream().findFirst();
    }

    /** The first column of the first row as a long; 0 for no row or NULL (e.g. a SUM over nothing). */
    public long number(String sql, Object... parameters) {
        return one(sql, row -> row.getLong(1), parameters).orElse(0L);
    }

    /** An UPDATE, DELETE or INSERT; returns the row count. */
    public int update(String sql, Object... parameters) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = prepare(status.getConnection(), sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /** An INSERT of one row; returns its generated id. */
    public long insert(String sql, Object... parameters) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql,
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(statement, parameters);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("No generated key for " + sql);
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Many rows with multi-row inserts ({@link MultiRowInsert}); values as for the other methods. */
    public void insertRows(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> converted = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] values = new Object[row.length];
            for (int i = 0; i < row.length; i++) {
                values[i] = value(row[i]);
            }
            converted.add(values);
        }
        transactions.executeWrite(status -> {
            MultiRowInsert.insert(status.getConnection(), table, columns, converted);
            return null;
        });
    }

    /** The instant of a TIMESTAMP column, or null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A nullable BIGINT or INT column as a boxed value. */
    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    public static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, parameters);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, value(parameters[i]));
        }
    }

    private static Object value(Object value) {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
