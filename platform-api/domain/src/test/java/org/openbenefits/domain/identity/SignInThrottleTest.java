package org.openbenefits.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openbenefits.domain.identity.SignInThrottle.Record;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private final SignInThrottle throttle = SignInThrottle.DEFAULT;

    @Test
    void five_failures_from_one_address_lock_that_address_for_fifteen_minutes() {
        Record four = failTimes(Record.NONE, 4, NOW);
        assertThat(throttle.lockedUntil(four, NOW)).isEmpty();

        Record five = throttle.afterFailure(four, NOW);

        assertThat(throttle.lockedUntil(five, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil(five, NOW.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void a_guesser_at_another_address_does_not_lock_the_owner_out_for_long() {
        Record guesser = failTimes(Record.NONE, 5, NOW);
        assertThat(throttle.lockedUntil(guesser, NOW)).isPresent();

        // The owner's view: no failure from their address, the guesser's five counted from everywhere.
        Record owner = new Record(SignInLockout.Failures.NONE, guesser.fromEveryAddress(), null);

        assertThat(throttle.lockedUntil(owner, NOW)).isEmpty();
    }

    @Test
    void twenty_failures_from_anywhere_lock_every_address_for_a_minute_then_longer_up_to_fifteen() {
        Record everywhere = failTimes(Record.NONE, 20, NOW);
        Record newcomer = new Record(SignInLockout.Failures.NONE, everywhere.fromEveryAddress(), null);

        assertThat(throttle.lockedUntil(newcomer, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(throttle.lockedUntil(newcomer, NOW.plus(Duration.ofMinutes(1)))).isEmpty();

        Record longer = newcomer;
        Instant later = NOW;
        for (int series = 0; series < 6; series++) {
            later = throttle.lockedUntil(longer, later).orElse(later);
            longer = new Record(SignInLockout.Failures.NONE, failTimes(longer, 20, later).fromEveryAddress(), null);
        }
        assertThat(throttle.lockedUntil(longer, later)).contains(later.plus(Duration.ofMinutes(15)));
    }

    @Test
    void an_address_where_the_owner_signed_in_is_spared_the_lock_of_every_address_for_thirty_days() {
        Record known = throttle.afterSuccess(Record.NONE, NOW.minus(Duration.ofDays(29)));
        Record attackedFromElsewhere = new Record(known.fromThisAddress(),
                failTimes(Record.NONE, 20, NOW).fromEveryAddress(), known.lastSuccessHere());

        assertThat(throttle.lockedUntil(attackedFromElsewhere, NOW)).isEmpty();
        Record thirtyDaysOn = new Record(known.fromThisAddress(), attackedFromElsewhere.fromEveryAddress(),
                NOW.minus(Duration.ofDays(30)));
        assertThat(throttle.lockedUntil(thirtyDaysOn, NOW)).isPresent();
    }

    @Test
    void a_known_address_still_gets_its_own_lock_after_five_failures() {
        Record known = throttle.afterSuccess(Record.NONE, NOW);

        assertThat(throttle.lockedUntil(failTimes(known, 5, NOW), NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void failures_of_a_known_address_during_the_lock_of_every_address_do_not_make_it_longer() {
        Record locked = new Record(SignInLockout.Failures.NONE, failTimes(Record.NONE, 20, NOW).fromEveryAddress(), NOW);

        Record after = throttle.afterFailure(locked, NOW.plusSeconds(10));

        assertThat(after.fromEveryAddress()).isEqualTo(locked.fromEveryAddress());
        assertThat(after.fromThisAddress().consecutiveFailures()).isEqualTo(1);
    }

    @Test
    void the_right_password_forgets_this_address_failures_but_not_those_from_elsewhere() {
        Record failed = failTimes(Record.NONE, 3, NOW);

        Record success = throttle.afterSuccess(failed, NOW);

        assertThat(success.fromThisAddress()).isEqualTo(SignInLockout.Failures.NONE);
        assertThat(success.fromEveryAddress().consecutiveFailures()).isEqualTo(3);
        assertThat(success.lastSuccessHere()).isEqualTo(NOW);
    }

    @Test
    void a_new_password_through_the_link_lifts_every_lock_and_makes_the_address_known() {
        Record reset = throttle.afterReset(NOW);

        assertThat(reset).isEqualTo(new Record(SignInLockout.Failures.NONE, SignInLockout.Failures.NONE, NOW));
        assertThat(throttle.lockedUntil(reset, NOW)).isEmpty();
    }

    @Test
    void failures_are_held_for_a_day() {
        assertThat(throttle.failuresHeldFor()).isEqualTo(Duration.ofDays(1));
    }

    private Record failTimes(Record from, int times, Instant at) {
        Record record = from;
        for (int i = 0; i < times; i++) {
            record = throttle.afterFailure(record, at);
        }
        return record;
    }
}
