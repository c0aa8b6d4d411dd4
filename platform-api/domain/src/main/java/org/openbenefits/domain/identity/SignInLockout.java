package org.openbenefits.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Slows down password guessing on one record of failures (an e-mail address from one client address, an e-mail
 * address from everywhere, or a signed-in account): after {@code failuresBeforeLock} wrong passwords in a row it is
 * locked for {@code firstLock}; every further series of failures doubles the lock, up to {@code longestLock}. A
 * success starts again from nothing, and so does a failure after {@code forgetAfter} without any. Time is always
 * passed in.
 *
 * @param failuresBeforeLock wrong passwords in a row that lock
 * @param firstLock          how long the first lock lasts
 * @param longestLock        the cap of the doubling
 * @param forgetAfter        a quiet time after which earlier failures no longer count
 */
public record SignInLockout(int failuresBeforeLock, Duration firstLock, Duration longestLock, Duration forgetAfter) {

    /** Five failures lock for 15 minutes, then 30, then an hour at most; a day without failure forgets them. */
    public static final SignInLockout DEFAULT = new SignInLockout(5, Duration.ofMinutes(15), Duration.ofHours(1));

    public SignInLockout {
        if (failuresBeforeLock < 1) {
            throw new IllegalArgumentException("At least one failure must be allowed before a lock");
        }
        Objects.requireNonNull(firstLock);
        Objects.requireNonNull(longestLock);
        Objects.requireNonNull(forgetAfter);
        if (firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("Locks last a positive time, the longest no shorter than the first");
        }
        if (forgetAfter.compareTo(longestLock) < 0) {
            // Otherwise a lock could outlive the failures that earned it and the doubling would never happen.
            throw new IllegalArgumentException("Failures are remembered at least as long as the longest lock");
        }
    }

    /** A lockout that forgets failures after a day without any. */
    public SignInLockout(int failuresBeforeLock, Duration firstLock, Duration longestLock) {
        this(failuresBeforeLock, firstLock, longestLock, longestLock.compareTo(Duration.ofDays(1)) > 0
                ? longestLock : Duration.ofDays(1));
    }

    /**
     * What a record of failed sign-ins holds.
     *
     * @param consecutiveFailures wrong passwords since the last success (or the last quiet time)
     * @param lockedUntil         when the current or last lock ends, null if never locked since
     * @param lastFailureAt       when the last wrong password came, null without failures
     */
    public record Failures(int consecutiveFailures, Instant lockedUntil, Instant lastFailureAt) {

        public static final Failures NONE = new Failures(0, null, null);

        /** Whether an attempt at {@code now} must be refused without looking at the password. */
        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** The record after one more wrong password at {@code now}; it carries a new lock when this failure earns one. */
    public Failures afterFailure(Failures before, Instant now) {
        Failures counted = forgotten(before, now) ? Failures.NONE : before;
        int failures = counted.consecutiveFailures() + 1;
        if (failures % failuresBeforeLock != 0) {
            return new Failures(failures, counted.lockedUntil(), now);
        }
        int series = failures / failuresBeforeLock;
        Duration lock = firstLock;
        for (int i = 1; i < series && lock.compareTo(longestLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        if (lock.compareTo(longestLock) > 0) {
            lock = longestLock;
        }
        return new Failures(failures, now.plus(lock), now);
    }

    /** The record after a successful sign-in or a new password: nothing held against it any more. */
    public Failures afterSuccess() {
        return Failures.NONE;
    }

    /**
     * How long after its last failure a record surely holds nothing any more: the lock that failure may have earned
     * is over (it lasts at most {@code longestLock}, no longer than {@code forgetAfter}) and the failures are forgotten.
     */
    public Duration idleRecordsHoldNothingAfter() {
        return forgetAfter;
    }

    private boolean forgotten(Failures failures, Instant now) {
        return failures.lastFailureAt() != null && !failures.lockedAt(now)
                && !now.isBefore(failures.lastFailureAt().plus(forgetAfter));
    }
}
