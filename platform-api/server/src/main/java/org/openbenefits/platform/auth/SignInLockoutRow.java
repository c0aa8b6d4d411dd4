package org.openbenefits.platform.auth;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.openbenefits.domain.identity.SignInLockout.Failures;

/**
 * A row of the sign_in_lockout table: a signed-in account's record of wrong passwords when confirming an action
 * (domain: {@link Failures}).
 */
@MappedEntity("sign_in_lockout")
record SignInLockoutRow(@Id Long userAccountId, int consecutiveFailures, @Nullable Instant lockedUntil,
                        @Nullable Instant lastFailureAt, Instant updatedAt) {

    static SignInLockoutRow of(long userAccountId, Failures failures, Instant now) {
        return new SignInLockoutRow(userAccountId, failures.consecutiveFailures(), failures.lockedUntil(),
                failures.lastFailureAt(), now);
    }

    Failures toFailures() {
        return new Failures(consecutiveFailures, lockedUntil, lastFailureAt);
    }
}
