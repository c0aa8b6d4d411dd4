package org.openbenefits.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.openbenefits.domain.identity.SignInLockout.Failures;

/**
 * Slows password guessing against one e-mail address without letting a stranger lock its owner out, and without
 * telling anyone whether the address has an account: every address typed goes through this rule alike.
 * <ul>
 *   <li>Failures from one client address lock that client out of that e-mail address ({@code fromOneAddress}, by
 *   default 5 wrong passwords, 15 minutes doubling up to an hour). A guesser elsewhere does not lock the owner out.</li>
 *   <li>Failures from every address together lock the e-mail address briefly ({@code fromEveryAddress}, by default 20
 *   wrong passwords, 1 minute doubling up to 15): guessing spread over many addresses is capped too.</li>
 *   <li>A client address from which the right password was given, or a new password chosen through an e-mailed
 *   link, within {@code knownAddressFor} is spared that second lock: the owner keeps signing in from where they
 *   usually do while strangers guess from elsewhere.</li>
 *   <li>A new password chosen through an e-mailed link lifts every lock on the e-mail address.</li>
 * </ul>
 *
 * @param fromOneAddress   the lockout of one client address on one e-mail address
 * @param fromEveryAddress the lockout of one e-mail address from all client addresses together
 * @param knownAddressFor  how long a success makes its client address "known"
 */
public record SignInThrottle(SignInLockout fromOneAddress, SignInLockout fromEveryAddress, Duration knownAddressFor) {

    /** 5 failures from one address lock it 15 minutes (up to an hour); 20 from anywhere lock 1 minute (up to 15). */
    public static final SignInThrottle DEFAULT = new SignInThrottle(SignInLockout.DEFAULT,
            new SignInLockout(20, Duration.ofMinutes(1), Duration.ofMinutes(15)), Duration.ofDays(30));

    public SignInThrottle {
        Objects.requireNonNull(fromOneAddress);
        Objects.requireNonNull(fromEveryAddress);
        Objects.requireNonNull(knownAddressFor);
        if (knownAddressFor.isNegative()) {
            throw new IllegalArgumentException("An address is known for zero time or more");
        }
    }

    /**
     * What is held against an e-mail address, seen from one client address.
     *
     * @param fromThisAddress  failures from this client address
     * @param fromEveryAddress failures from all client addresses together
     * @param lastSuccessHere  when the right password (or a reset link) last came from this address; null if never
     */
    public record Record(Failures fromThisAddress, Failures fromEveryAddress, Instant lastSuccessHere) {

        public static final Record NONE = new Record(Failures.NONE, Failures.NONE, null);

        public Record {
            Objects.requireNonNull(fromThisAddress);
            Objects.requireNonNull(fromEveryAddress);
        }
    }

    /** When an attempt at {@code now} must be refused without looking at the password; empty when it may go ahead. */
    public Optional<Instant> lockedUntil(Record record, Instant now) {
        Instant until = null;
        if (record.fromThisAddress().lockedAt(now)) {
            until = record.fromThisAddress().lockedUntil();
        }
        if (record.fromEveryAddress().lockedAt(now) && !known(record, now)) {
            Instant everywhere = record.fromEveryAddress().lockedUntil();
            until = until == null || everywhere.isAfter(until) ? everywhere : until;
        }
        return Optional.ofNullable(until);
    }

    /**
     * The record after a wrong password from this address at {@code now}. A known address still counts towards the
     * lock of every address, except while that lock holds: it did not stop this attempt, so it does not grow from it.
     */
    public Record afterFailure(Record record, Instant now) {
        Failures everywhere = record.fromEveryAddress().lockedAt(now) ? record.fromEveryAddress()
                : fromEveryAddress.afterFailure(record.fromEveryAddress(), now);
        return new Record(fromOneAddress.afterFailure(record.fromThisAddress(), now), everywhere,
                record.lastSuccessHere());
    }

    /**
     * The record after the right password from this address: its failures forgotten and the address known. Failures
     * from elsewhere keep counting, so that the owner signing in does not give a distributed guesser a fresh start.
     */
    public Record afterSuccess(Record record, Instant now) {
        return new Record(fromOneAddress.afterSuccess(), record.fromEveryAddress(), now);
    }

    /**
     * The record after a new password was chosen from this address through an e-mailed link, which proves the
     * mailbox: every lock lifted (from every address: the old password is worth nothing to guessers any more) and this
     * address known.
     */
    public Record afterReset(Instant now) {
        return new Record(Failures.NONE, Failures.NONE, now);
    }

    /** How long after its last failure a record of failures surely holds nothing (no lock, failures forgotten). */
    public Duration failuresHeldFor() {
        Duration one = fromOneAddress.idleRecordsHoldNothingAfter();
        Duration every = fromEveryAddress.idleRecordsHoldNothingAfter();
        return one.compareTo(every) >= 0 ? one : every;
    }

    /** The failures a person is told they may make before a lock, and the first lock's length, for messages. */
    public int failuresBeforeLock() {
        return fromOneAddress.failuresBeforeLock();
    }

    public Duration firstLock() {
        return fromOneAddress.firstLock();
    }

    private boolean known(Record record, Instant now) {
        return record.lastSuccessHere() != null && now.isBefore(record.lastSuccessHere().plus(knownAddressFor));
    }
}
