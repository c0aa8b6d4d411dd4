package org.openbenefits.platform.checkout;

import java.sql.Connection;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.Optional;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.openbenefits.domain.payment.CartFingerprint;
import org.openbenefits.domain.payment.CheckoutIdempotency;
import org.openbenefits.domain.payment.IdempotencyDecision;
import org.openbenefits.domain.payment.IdempotencyKey;
import org.openbenefits.domain.payment.IdempotencyRecord;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * The idempotency records of checkout (table checkout_request), per employee and key, under
 * {@link CheckoutIdempotency}'s rule. A first request inserts its {@code RUNNING} record in a transaction of its own,
 * under the unique index (employee, key): a concurrent duplicate fails that insert and reads what the first one stored,
 * so that two requests with one key never both run. Each method runs in transactions of its own.
 */
@Singleton
class CheckoutRequests {

    private static final int ATTEMPTS = 3;

    /** What to do with a request: run it under the record {@code id}, or answer without running anything. */
    sealed interface Begun {
    }

    record Run(long id) implements Begun {
    }

    record Decided(IdempotencyDecision<PlaceCheckout.Outcome> decision) implements Begun {
    }

    private record Stored(long id, String fingerprint, String state, String answer, Instant startedAt) {
    }

    private final Jdbc jdbc;
    private final TransactionOperations<Connection> transactions;
    private final CheckoutAnswers answers;

    CheckoutRequests(Jdbc jdbc, TransactionOperations<Connection> transactions, CheckoutAnswers answers) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.answers = answers;
    }

    Begun begin(long employeeId, IdempotencyKey key, CartFingerprint fingerprint, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Long> inserted = insert(employeeId, key, fingerprint, now);
            if (inserted.isPresent()) {
                return new Run(inserted.get());
            }
            Optional<Stored> stored = transactions.executeRead(status -> jdbc.one("""
                    SELECT id, fingerprint, state, answer, started_at FROM checkout_request
                    WHERE employee_id = ? AND idem_key = ?""",
                    row -> new Stored(row.getLong("id"), row.getString("fingerprint"), row.getString("state"),
                            row.getString("answer"), Jdbc.instant(row, "started_at")), employeeId, key.value()));
            if (stored.isEmpty()) {
                continue;
            }
            Stored found = stored.get();
            IdempotencyRecord<PlaceCheckout.Outcome> record = "ANSWERED".equals(found.state())
                    ? new IdempotencyRecord.Answered<>(key, new CartFingerprint(found.fingerprint()),
                    found.startedAt(), answers.read(found.answer()))
                    : new IdempotencyRecord.Running<>(key, new CartFingerprint(found.fingerprint()), found.startedAt());
            IdempotencyDecision<PlaceCheckout.Outcome> decision = CheckoutIdempotency.DEFAULT.decide(key, fingerprint,
                    Optional.of(record), now);
            if (!(decision instanceof IdempotencyDecision.Proceed<PlaceCheckout.Outcome>)) {
                return new Decided(decision);
            }
            // The key's window is over: it starts afresh, unless another request restarted it first.
            int restarted = transactions.executeWrite(status -> jdbc.update("""
                    UPDATE checkout_request SET fingerprint = ?, state = 'RUNNING', answer = NULL, order_id = NULL,
                                                started_at = ?, expires_at = ?
                    WHERE id = ? AND started_at = ?""", fingerprint.sha256(), now,
                    now.plus(CheckoutIdempotency.DEFAULT.window()), found.id(), found.startedAt()));
            if (restarted == 1) {
                return new Run(found.id());
            }
        }
        throw new IllegalStateException("The idempotency record of a checkout kept changing");
    }

    private Optional<Long> insert(long employeeId, IdempotencyKey key, CartFingerprint fingerprint, Instant now) {
        try {
            return Optional.of(transactions.executeWrite(status -> jdbc.insert("""
                    INSERT INTO checkout_request (employee_id, idem_key, fingerprint, state, started_at, expires_at)
                    VALUES (?, ?, ?, 'RUNNING', ?, ?)""", employeeId, key.value(), fingerprint.sha256(), now,
                    now.plus(CheckoutIdempotency.DEFAULT.window()))));
        } catch (Exception e) {
            // The JDBC layer lets SQLException through unwrapped.
            if (isDuplicate(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean isDuplicate(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** The first request has its answer: later ones with the key and content replay it. */
    void answer(long id, PlaceCheckout.Outcome outcome, Optional<Long> orderId) {
        transactions.executeWrite(status -> jdbc.update("""
                UPDATE checkout_request SET state = 'ANSWERED', answer = ?, order_id = ? WHERE id = ?""",
                answers.write(outcome), orderId.orElse(null), id));
    }

    /**
     * The first request ended without an answer to replay (the platform failed, the payment service could not be
     * reached, nothing is held): the key is free again, a retry with it runs afresh.
     */
    void forget(long id) {
        transactions.executeWrite(status -> jdbc.update(
                "DELETE FROM checkout_request WHERE id = ? AND state = 'RUNNING'", id));
    }

    /** Forgets the records whose replay window is over; returns how many. */
    int forgetExpired(Instant now, int limit) {
        return transactions.executeWrite(status -> jdbc.update(
                "DELETE FROM checkout_request WHERE expires_at <= ? ORDER BY expires_at LIMIT " + limit, now));
    }
}
