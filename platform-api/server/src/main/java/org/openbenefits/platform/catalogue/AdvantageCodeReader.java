package org.openbenefits.platform.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.catalogue.AdvantageCodeView;
import org.openbenefits.platform.infrastructure.Jdbc;

/** Advantage codes as platform admins see them, with the orders that used each ({@code advantage_code_use}). */
@Singleton
public class AdvantageCodeReader {

    private static final String SELECT = """
            SELECT id, code, benefit, percent, amount_cents, categories, minimum_cents, valid_from, expires,
                   total_limit, per_employee_limit, employer_id, disabled, created_at, disabled_at,
                   (SELECT COUNT(*) FROM advantage_code_use u WHERE u.code_id = advantage_code.id) AS uses
            FROM advantage_code
            """;

    private final Jdbc jdbc;

    AdvantageCodeReader(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Every code, newest first. */
    @Transactional(readOnly = true)
    public List<AdvantageCodeView> all() {
        return jdbc.list(SELECT + "ORDER BY id DESC", AdvantageCodeReader::view);
    }

    @Transactional(readOnly = true)
    public Optional<AdvantageCodeView> find(long id) {
        return jdbc.one(SELECT + "WHERE id = ?", AdvantageCodeReader::view, id);
    }

    private static AdvantageCodeView view(ResultSet row) throws SQLException {
        String categories = row.getString("categories");
        return new AdvantageCodeView(row.getLong("id"), row.getString("code"), row.getString("benefit"),
                Jdbc.nullableInt(row, "percent"), Jdbc.nullableLong(row, "amount_cents"),
                categories.isEmpty() ? List.of() : Arrays.asList(categories.split(",")),
                row.getLong("minimum_cents"), row.getObject("valid_from", LocalDate.class),
                row.getObject("expires", LocalDate.class), Jdbc.nullableInt(row, "total_limit"),
                Jdbc.nullableInt(row, "per_employee_limit"), Jdbc.nullableLong(row, "employer_id"), row.getLong("uses"),
                row.getBoolean("disabled"), Jdbc.instant(row, "created_at"), Jdbc.instant(row, "disabled_at"));
    }
}
