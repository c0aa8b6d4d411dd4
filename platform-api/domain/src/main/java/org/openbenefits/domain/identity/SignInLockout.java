package org.openbenefits.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Slows down password guessing on one account: after {@code failuresBeforeLock} wrong passwords in a row the account
 * is locked for {@code firstLock}; every further series of failures doubles the lock, up to {@code longestLock}.
 * A successful sign-in starts again from nothing. Time is always passed in.
 *
 * @param failuresBeforeLock wrong passwords in a row that lock the account
 * @param firstLock          how long the first lock lasts
 * @param longestLock        the cap of the doubling
 */
public record SignInLockout(int failuresBeforeLock, Duration firstLock, Duration longestLock) {

    /** Five failures lock for 15 minutes, then 30, then an hour at most. */
    public static final SignInLockout DEFAULT = new SignInLockout(5, Duration.ofMinutes(15), Duration.ofHours(1));

    public SignInLockout {
        if (failuresBeforeLock < 1) {
            throw new IllegalArgumentException("At least one failure must be allowed before a lock");
        }
        Objects.requireNonNull(firstLock);
        Objects.requireNonNull(longestLock);
        if (firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("Locks last a positive time, the longest no shorter than the first");
        }
    }

    /**
     * What an account's record of failed sign-ins holds.
     *
     * @param consecutiveFailures wrong passwords since the last successful sign-in
     * @param lockedUntil         when the current or last lock ends, null if the account was never locked since
     */
    public record Failures(int consecutiveFailures, Instant lockedUntil) {

        public static final Failures NONE = new Failures(0, null);

        /** Whether a sign-in attempt at {@code now} must be refused without looking at the password. */
        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** The record after one more wrong password at {@code now}; it carries a new lock when this failure earns one. */
    public Failures afterFailure(Failures before, Instant now) {
        int failures = before.consecutiveFailures() + 1;
        if (failures % failuresBeforeLock != 0) {
            return new Failures(failures, before.lockedUntil());
        }
        int series = failures / failuresBeforeLock;
        Duration lock = firstLock;
        for (int i = 1; i < series && lock.compareTo(longestLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        if (lock.compareTo(longestLock) > 0) {
            lock = longestLock;
        }
        return new Failures(failures, now.plus(lock));
    }

    /** The record after a successful sign-in or a new password: nothing held against the account any more. */
    public Failures afterSuccess() {
        return Failures.NONE;
    }
}
