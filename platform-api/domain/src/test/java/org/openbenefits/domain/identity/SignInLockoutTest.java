package org.openbenefits.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openbenefits.domain.identity.SignInLockout.Failures;

class SignInLockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final SignInLockout lockout = SignInLockout.DEFAULT;

    @Test
    void four_failures_do_not_lock_and_the_fifth_locks_for_fifteen_minutes() {
        Failures failures = failTimes(Failures.NONE, 4);
        assertThat(failures.consecutiveFailures()).isEqualTo(4);
        assertThat(failures.lockedAt(NOW)).isFalse();

        Failures locked = lockout.afterFailure(failures, NOW);

        assertThat(locked.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(locked.lockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(locked.lockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void each_further_series_of_failures_doubles_the_lock_up_to_an_hour() {
        Failures failures = failTimes(Failures.NONE, 10);
        assertThat(failures.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));

        failures = failTimes(failures, 5);
        assertThat(failures.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));

        failures = failTimes(failures, 25);
        assertThat(failures.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
    }

    @Test
    void a_failure_between_locks_keeps_the_last_lock_end() {
        Failures locked = failTimes(Failures.NONE, 5);

        Failures sixth = lockout.afterFailure(locked, NOW.plus(Duration.ofMinutes(20)));

        assertThat(sixth.consecutiveFailures()).isEqualTo(6);
        assertThat(sixth.lockedUntil()).isEqualTo(locked.lockedUntil());
        assertThat(sixth.lockedAt(NOW.plus(Duration.ofMinutes(20)))).isFalse();
    }

    @Test
    void failures_are_forgotten_after_a_day_without_any() {
        Failures four = failTimes(Failures.NONE, 4);

        Failures nextDay = lockout.afterFailure(four, NOW.plus(Duration.ofDays(1)));

        assertThat(nextDay.consecutiveFailures()).isEqualTo(1);
        assertThat(nextDay.lockedAt(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThat(lockout.afterFailure(four, NOW.plus(Duration.ofHours(23))).lockedAt(NOW.plus(Duration.ofHours(23))))
                .isTrue();
    }

    @Test
    void after_a_quiet_day_the_doubling_starts_again_from_the_first_lock() {
        Failures twiceLocked = failTimes(Failures.NONE, 10);
        Instant nextDay = NOW.plus(Duration.ofDays(1));

        Failures again = twiceLocked;
        for (int i = 0; i < 5; i++) {
            again = lockout.afterFailure(again, nextDay);
        }

        assertThat(again.lockedUntil()).isEqualTo(nextDay.plus(Duration.ofMinutes(15)));
    }

    @Test
    void failures_cannot_be_forgotten_before_the_longest_lock_ends() {
        assertThatThrownBy(() -> new SignInLockout(5, Duration.ofMinutes(15), Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SignInLockout(5, Duration.ofMinutes(15), Duration.ofDays(2)).forgetAfter())
                .isEqualTo(Duration.ofDays(2));
    }

    @Test
    void a_success_forgets_every_failure() {
        assertThat(lockout.afterSuccess()).isEqualTo(Failures.NONE);
        assertThat(Failures.NONE.lockedAt(NOW)).isFalse();
    }

    private Failures failTimes(Failures from, int times) {
        Failures failures = from;
        for (int i = 0; i < times; i++) {
            failures = lockout.afterFailure(failures, NOW);
        }
        return failures;
    }
}
