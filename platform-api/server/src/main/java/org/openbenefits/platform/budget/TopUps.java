package org.openbenefits.platform.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.platform.infrastructure.Jdbc;

/** The budget_top_up table, read as {@link TopUpView}s with the employer's and the requester's names. */
@Singleton
class TopUps {

    private static final String SELECT = """
            SELECT t.id, t.employer_id, e.name AS employer_name, t.amount_cents, t.bank_reference, t.status,
                   u.first_name, u.last_name, t.requested_at, t.decided_at
            FROM budget_top_up t JOIN employer e ON e.id = t.employer_id JOIN user_account u ON u.id = t.requested_by
            """;
    private static final int MOST = 500;

    /** A top-up row locked for a decision. */
    record Locked(long id, long employerId, long amountCents, String bankReference, TopUpStatus status) {
    }

    private final Jdbc jdbc;

    TopUps(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long employerId, long amountCents, String bankReference, long requestedBy, Instant at) {
        return jdbc.insert("""
                INSERT INTO budget_top_up (employer_id, amount_cents, bank_reference, status, requested_by, requested_at)
                VALUES (?, ?, ?, 'PENDING', ?, ?)""", employerId, amountCents, bankReference, requestedBy, at);
    }

    Optional<Locked> lock(long id) {
        return jdbc.one("SELECT id, employer_id, amount_cents, bank_reference, status FROM budget_top_up "
                        + "WHERE id = ? FOR UPDATE",
                row -> new Locked(row.getLong("id"), row.getLong("employer_id"), row.getLong("amount_cents"),
                        row.getString("bank_reference"), TopUpStatus.valueOf(row.getString("status"))), id);
    }

    void decide(long id, TopUpStatus status, long decidedBy, Instant at, @Nullable Long movementId) {
        jdbc.update("UPDATE budget_top_up SET status = ?, decided_by = ?, decided_at = ?, movement_id = ? "
                + "WHERE id = ? AND status = 'PENDING'", status, decidedBy, at, movementId, id);
    }

    Optional<TopUpView> find(long id) {
        return jdbc.one(SELECT + "WHERE t.id = ?", TopUps::view, id);
    }

    /** The employer's, newest first. */
    List<TopUpView> ofEmployer(long employerId) {
        return jdbc.list(SELECT + "WHERE t.employer_id = ? ORDER BY t.id DESC LIMIT " + MOST, TopUps::view,
                employerId);
    }

    /** Everyone's, newest first, with this status or any. */
    List<TopUpView> all(@Nullable TopUpStatus status) {
        return status == null ? jdbc.list(SELECT + "ORDER BY t.id DESC LIMIT " + MOST, TopUps::view)
                : jdbc.list(SELECT + "WHERE t.status = ? ORDER BY t.id DESC LIMIT " + MOST, TopUps::view, status);
    }

    long pendingCents(long employerId) {
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
