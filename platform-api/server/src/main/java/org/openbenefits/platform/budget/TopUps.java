package org.openbenefits.platform.budget;

import java.time.Instant;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.platform.infrastructure.Jdbc;

/** The budget_top_up table, as the use cases write it; {@link TopUpReader} reads it for the API. */
@Singleton
class TopUps {

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
}
