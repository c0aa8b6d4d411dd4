package org.openbenefits.platform.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * Inserts many rows with multi-row {@code INSERT ... VALUES (...), (...)} statements, a few hundred rows each: one
 * round trip per chunk whatever the JDBC driver's batching settings (MySQL Connector/J sends a plain batch one
 * statement at a time unless {@code rewriteBatchedStatements} is on). For bulk work such as imports.
 */
public final class MultiRowInsert {

    private static final int ROWS_PER_STATEMENT = 500;

    private MultiRowInsert() {
    }

    /**
     * @param table   the table, a constant of the caller (never user input)
     * @param columns its columns, constants too
     * @param rows    one value per column; {@link Instant}s are stored as timestamps, nulls as NULL
     */
    public static void insert(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        String row = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement statement = connection.prepareStatement(
                    head + String.join(",", Collections.nCopies(chunk.size(), row)))) {
                int index = 1;
                for (Object[] values : chunk) {
                    if (values.length != columns.size()) {
                        throw new IllegalArgumentException("Expected " + columns.size() + " values per row");
                    }
                    for (Object value : values) {
                        statement.setObject(index++, value instanceof Instant instant ? Timestamp.from(instant) : value);
                    }
                }
                statement.executeUpdate();
            }
        }
    }
}
