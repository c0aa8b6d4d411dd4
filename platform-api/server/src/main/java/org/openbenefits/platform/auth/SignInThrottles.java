package org.openbenefits.platform.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.SignInLockout;
import org.openbenefits.domain.identity.SignInLockout.Failures;
import org.openbenefits.domain.identity.SignInThrottle;
import org.openbenefits.domain.identity.SignInThrottle.Record;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.security.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of {@link SignInThrottle} in {@code sign_in_throttle}: per e-mail address typed (known or not, kept as
 * a SHA-256), one row per client address and one ({@value #EVERY_ADDRESS}) for every address together.
 */
@Singleton
class SignInThrottles {

    static final String EVERY_ADDRESS = "*";
    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottles.class);
    private static final int DELETED_PER_STATEMENT = 5_000;

    /** One sign-in attempt: its rows (locked until its transaction ends), its time and what they held then. */
    record Attempt(String emailHash, String clientKey, Instant at, Record record) {
    }

    private final Jdbc jdbc;
    private final Clock clock;
    private final SignInThrottle policy;

    SignInThrottles(Jdbc jdbc, Clock clock,
                    @Value("${platform.security.lockout.failures:5}") int failures,
                    @Value("${platform.security.lockout.first-lock:15m}") Duration firstLock,
                    @Value("${platform.security.lockout.longest-lock:1h}") Duration longestLock,
                    @Value("${platform.security.lockout.every-address.failures:20}") int everyAddressFailures,
                    @Value("${platform.security.lockout.every-address.first-lock:1m}") Duration everyAddressFirstLock,
                    @Value("${platform.security.lockout.every-address.longest-lock:15m}") Duration everyAddressLongestLock,
                    @Value("${platform.security.lockout.known-address-for:30d}") Duration knownAddressFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = new SignInThrottle(new SignInLockout(failures, firstLock, longestLock),
                new SignInLockout(everyAddressFailures, everyAddressFirstLock, everyAddressLongestLock),
                knownAddressFor);
    }

    SignInThrottle policy() {
        return policy;
    }

    /**
     * Locks and reads the records of an e-mail address seen from a client, creating them on first use, so that
     * concurrent attempts on one e-mail address take turns and all count. The same statements run whether or not an
     * account has the address.
     *
     * @param normalisedEmail the address typed, normalised
     * @param clientKey       the client's address as per-address limits count it
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Attempt begin(String normalisedEmail, String clientKey) {
        Instant now = clock.instant();
        String email = SecretTokens.hash(normalisedEmail);
        String client = SecretTokens.hash(clientKey);
        // Rows in one order (every address first) in every transaction: no deadlock between two attempts.
        jdbc.update("""
                INSERT INTO sign_in_throttle (email_hash, client_key, consecutive_failures, updated_at)
                VALUES (?, ?, 0, ?), (?, ?, 0, ?)
                ON DUPLICATE KEY UPDATE consecutive_failures = consecutive_failures""",
                email, EVERY_ADDRESS, now, email, client, now);
        Failures everywhere = Failures.NONE;
        Failures here = Failures.NONE;
        Instant lastSuccessHere = null;
        for (Row row : jdbc.list("""
                SELECT client_key, consecutive_failures, locked_until, last_failure_at, last_success_at
                FROM sign_in_throttle WHERE email_hash = ? AND client_key IN (?, ?) FOR UPDATE""", Row::of,
                email, EVERY_ADDRESS, client)) {
            if (EVERY_ADDRESS.equals(row.clientKey())) {
                everywhere = row.failures();
            } else {
                here = row.failures();
                lastSuccessHere = row.lastSuccess();
            }
        }
        return new Attempt(email, client, now, new Record(here, everywhere, lastSuccessHere));
    }

    /** When the attempt must be refused without looking at the password; empty when it may go ahead. */
    Optional<Instant> lockedUntil(Attempt attempt) {
        return policy.lockedUntil(attempt.record(), attempt.at());
    }

    /** Records a wrong password; returns the lock it earned, if any. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<Instant> failed(Attempt attempt) {
        Record after = policy.afterFailure(attempt.record(), attempt.at());
        store(attempt, after);
        return policy.lockedUntil(after, attempt.at());
    }

    /** Records the right password from this client, which becomes a known address. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void succeeded(Attempt attempt) {
        store(attempt, policy.afterSuccess(attempt.record(), attempt.at()));
    }

    /**
     * Lifts every lock on the e-mail address after a new password was chosen through an e-mailed link, and makes the
     * client it came from a known address.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void reset(String normalisedEmail, String clientKey) {
        Instant now = clock.instant();
        String email = SecretTokens.hash(normalisedEmail);
        jdbc.update("DELETE FROM sign_in_throttle WHERE email_hash = ?", email);
        Record reset = policy.afterReset(now);
        jdbc.update("""
                INSERT INTO sign_in_throttle (email_hash, client_key, consecutive_failures, last_success_at, updated_at)
                VALUES (?, ?, 0, ?, ?)""", email, SecretTokens.hash(clientKey), reset.lastSuccessHere(), now);
    }

    /**
     * Deletes the rows that hold nothing any more (no lock, failures forgotten, no recent success), so that the
     * addresses typed by guessers do not pile up. Idempotent, safe on several instances at once.
     */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void forgetIdle() {
        Instant now = clock.instant();
        Instant failuresBefore = now.minus(policy.failuresHeldFor());
        Instant successesBefore = now.minus(policy.knownAddressFor());
        int deleted;
        int total = 0;
        do {
            deleted = jdbc.update("""
                    DELETE FROM sign_in_throttle WHERE updated_at < ? AND (last_success_at IS NULL OR last_success_at < ?)
                    LIMIT""" + " " + DELETED_PER_STATEMENT, failuresBefore, successesBefore);
            total += deleted;
        } while (deleted == DELETED_PER_STATEMENT);
        if (total > 0) {
            LOG.info("Forgot {} idle sign-in throttle records", total);
        }
    }

    private void store(Attempt attempt, Record after) {
        update(attempt.emailHash(), EVERY_ADDRESS, after.fromEveryAddress(), null, attempt.at());
        update(attempt.emailHash(), attempt.clientKey(), after.fromThisAddress(), after.lastSuccessHere(), attempt.at());
    }

    private void update(String email, String client, Failures failures, Instant lastSuccess, Instant now) {
        jdbc.update("""
                UPDATE sign_in_throttle SET consecutive_failures = ?, locked_until = ?, last_failure_at = ?,
                    last_success_at = ?, updated_at = ?
                WHERE email_hash = ? AND client_key = ?""", failures.consecutiveFailures(), failures.lockedUntil(),
                failures.lastFailureAt(), lastSuccess, now, email, client);
    }

    private record Row(String clientKey, Failures failures, Instant lastSuccess) {

        static Row of(ResultSet row) throws SQLException {
            return new Row(row.getString("client_key"), new Failures(row.getInt("consecutive_failures"),
                    Jdbc.instant(row, "locked_until"), Jdbc.instant(row, "last_failure_at")),
                    Jdbc.instant(row, "last_success_at"));
        }
    }
}
