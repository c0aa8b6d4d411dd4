package org.openbenefits.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openbenefits.domain.identity.SignInLockout.Failures;

class SignInLockoutRowTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void a_record_of_failures_survives_the_trip_through_its_row() {
        Failures failures = new Failures(5, NOW.plusSeconds(900), NOW);

        SignInLockoutRow row = SignInLockoutRow.of(42, failures, NOW);

        assertThat(row).isEqualTo(new SignInLockoutRow(42L, 5, NOW.plusSeconds(900), NOW, NOW));
        assertThat(row.toFailures()).isEqualTo(failures);
    }

    @Test
    void no_failures_map_to_a_row_without_lock() {
        assertThat(SignInLockoutRow.of(42, Failures.NONE, NOW).lockedUntil()).isNull();
        assertThat(SignInLockoutRow.of(42, Failures.NONE, NOW).toFailures()).isEqualTo(Failures.NONE);
    }
}
