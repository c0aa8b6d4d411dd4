package org.openbenefits.platform.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.SignInLockout;
import org.openbenefits.domain.identity.SignInLockout.Failures;
import org.openbenefits.platform.account.PasswordHasher;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.security.SecretTokens;

/**
 * Checks passwords. For a signed-in person confirming an action (e-mail change, account deletion) it keeps count of
 * wrong ones per account: a locked account is refused without looking at the password, each wrong one is recorded,
 * and the lock follows {@link SignInLockout}. Sign-in counts per e-mail address typed instead ({@link SignIn}), and
 * uses {@link #matches} and {@link #imitateCheck} so that every answer costs the same password work.
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
     * Checks the password of a signed-in person against their account, which the caller has locked in its transaction
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
     * Whether {@code password} is the account's, with the same hashing work when there is no account or no password
     * to check against (unknown address, invitation not accepted): then it is never right.
     */
    public boolean matches(@Nullable UserAccountRow account, String password) {
        if (account == null || account.passwordHash() == null) {
            imitateCheck(password);
            return false;
        }
        return hasher.matches(password, account.passwordHash());
    }

    /**
     * Spends the time of a password check when there is no account to check against, or when the answer is known
     * already (a lock), so that every answer takes as long as the answer to a wrong password.
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
