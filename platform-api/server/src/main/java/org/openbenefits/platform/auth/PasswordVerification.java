package org.openbenefits.platform.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.SignInLockout;
import org.openbenefits.domain.identity.SignInLockout.Failures;
import org.openbenefits.platform.account.PasswordHasher;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.security.SecretTokens;

/**
 * Checks a person's password while keeping count of wrong ones: a locked account is refused without looking at the
 * password, each wrong one is recorded, and the lock follows {@link SignInLockout}. Every place that accepts a
 * password (sign-in, e-mail change) goes through here, so guessing is slowed down everywhere alike.
 */
@Singleton
public class PasswordVerification {

    /** What checking a password concluded. */
    public sealed interface Outcome {
    }

    /** The password is right; the record of failures is cleared. */
    public record Correct() implements Outcome {
    }

    /** The password is wrong and was counted. */
    public record Wrong() implements Outcome {
    }

    /** The account is locked until {@code until}, by this failure or an earlier one. */
    public record Locked(Instant until) implements Outcome {
    }

    private final SignInLockouts lockouts;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SignInLockout policy;
    private volatile String unknownAccountHash;

    PasswordVerification(SignInLockouts lockouts, PasswordHasher hasher, Clock clock,
                         @Value("${platform.security.lockout.failures:5}") int failures,
                         @Value("${platform.security.lockout.first-lock:15m}") Duration firstLock,
                         @Value("${platform.security.lockout.longest-lock:1h}") Duration longestLock) {
        this.lockouts = lockouts;
        this.hasher = hasher;
        this.clock = clock;
        this.policy = new SignInLockout(failures, firstLock, longestLock);
    }

    /**
     * Checks {@code password} against the account, which the caller has locked in its transaction
     * ({@code UserAccounts.lockById}) so that concurrent guesses take turns and all count.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Outcome verify(UserAccountRow account, String password) {
        Instant now = clock.instant();
        Failures failures = lockouts.findById(account.id()).map(SignInLockoutRow::toFailures).orElse(Failures.NONE);
        if (failures.lockedAt(now)) {
            return new Locked(failures.lockedUntil());
        }
        if (hasher.matches(password, account.passwordHash())) {
            if (!failures.equals(Failures.NONE)) {
                store(account.id(), policy.afterSuccess(), now);
            }
            return new Correct();
        }
        Failures after = policy.afterFailure(failures, now);
        store(account.id(), after, now);
        return after.lockedAt(now) ? new Locked(after.lockedUntil()) : new Wrong();
    }

    /** Clears the account's failures and lock, after the password was replaced through an e-mailed link. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void forgetFailures(long accountId) {
        if (lockouts.existsById(accountId)) {
            store(accountId, policy.afterSuccess(), clock.instant());
        }
    }

    /**
     * Spends the time of a password check when there is no account to check against, so that the answer to an
     * unknown address takes as long as the answer to a wrong password.
     */
    public void imitateCheck(String password) {
        String hash = unknownAccountHash;
        if (hash == null) {
            hash = hasher.hash(SecretTokens.newToken());
            unknownAccountHash = hash;
        }
        hasher.matches(password, hash);
    }

    /** The allowed number of wrong passwords in a row, for messages. */
    public int failuresBeforeLock() {
        return policy.failuresBeforeLock();
    }

    /** How long the first lock lasts, for messages. */
    public Duration firstLock() {
        return policy.firstLock();
    }

    private void store(long accountId, Failures failures, Instant now) {
        SignInLockoutRow row = SignInLockoutRow.of(accountId, failures, now);
        if (lockouts.existsById(accountId)) {
            lockouts.update(row);
        } else {
            lockouts.save(row);
        }
    }
}
