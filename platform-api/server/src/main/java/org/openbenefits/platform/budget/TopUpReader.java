package org.openbenefits.platform.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.platform.infrastructure.Jdbc;

/** Reads recorded bank transfers as {@link TopUpView}s, with the employer's and the requester's names. */
@Singleton
public class TopUpReader {

    private static final String SELECT = """
            SELECT t.id, t.employer_id, e.name AS employer_name, t.amount_cents, t.bank_reference, t.status,
                   u.first_name, u.last_name, t.requested_at, t.decided_at
            FROM budget_top_up t JOIN employer e ON e.id = t.employer_id JOIN user_account u ON u.id = t.requested_by
            """;
    private static final int MOST = 500;

    private final Jdbc jdbc;

    TopUpReader(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<TopUpView> find(long id) {
        return jdbc.one(SELECT + "WHERE t.id = ?", TopUpReader::view, id);
    }

    /** The employer's, newest first. */
    @Transactional(readOnly = true)
    public List<TopUpView> ofEmployer(long employerId) {
        return jdbc.list(SELECT + "WHERE t.employer_id = ? ORDER BY t.id DESC LIMIT " + MOST, TopUpReader::view,
                employerId);
    }

    /** Everyone's, newest first, with this status or any. */
    @Transactional(readOnly = true)
    public List<TopUpView> all(@Nullable TopUpStatus status) {
        return status == null ? jdbc.list(SELECT + "ORDER BY t.id DESC LIMIT " + MOST, TopUpReader::view)
                : jdbc.list(SELECT + "WHERE t.status = ? ORDER BY t.id DESC LIMIT " + MOST, TopUpReader::view, status);
    }

    /** What the employer's transfers waiting for a decision add up to. */
    @Transactional(readOnly = true)
    public long pendingCents(long employerId) {
        return jdbc.number("SELECT COALESCE(SUM(amount_cents), 0) FROM budget_top_up "
                + "WHERE employer_id = ? AND status = 'PENDING'", employerId);
    }

    private static TopUpView view(ResultSet row) throws SQLException {
        return new TopUpView(row.getLong("id"), row.getLong("employer_id"), row.getString("employer_name"),
                row.getLong("amount_cents"), row.getString("bank_reference"), row.getString("status"),
                row.getString("first_name") + " " + row.getString("last_name"), Jdbc.instant(row, "requested_at"),
                Jdbc.instant(row, "decided_at"));
    }
}
