package org.openbenefits.platform.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.identity.PasswordRule;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;

/**
 * The identity refusals that need more than their code: a wait, the lockout's figures, the field at fault. Plain
 * values, worded by each edge in its caller's language; none names the person.
 */
public final class IdentityRefusals {

    private IdentityRefusals() {
    }

    /**
     * Unknown address, wrong password or invitation not accepted yet: one refusal for all, so that the answer reveals
     * no account; it tells after how many wrong passwords sign-in is blocked, and for how long.
     */
    public static Refusal invalidCredentials(int failuresBeforeLock, Duration firstLock) {
        return Refusal.of(IdentityRefusal.INVALID_CREDENTIALS, "attempts", failuresBeforeLock,
                "minutes", minutes(firstLock));
    }

    /** Sign-in with this address is locked until {@code until}, whether or not an account has it. */
    public static Refusal signInLocked(Instant until, Instant now) {
        Duration wait = Duration.between(now, until);
        return Refusal.of(IdentityRefusal.SIGN_IN_LOCKED, "minutes", minutes(wait)).retryAfter(wait);
    }

    /** A signed-in person confirming an action with their password got it wrong too often. */
    public static Refusal accountLocked(Instant until, Instant now) {
        Duration wait = Duration.between(now, until);
        return Refusal.of(IdentityRefusal.ACCOUNT_LOCKED, "minutes", minutes(wait)).retryAfter(wait);
    }

    /** Wrong current password on an authenticated route (sign-in address change): 401, on the field. */
    public static Refusal wrongCurrentPassword() {
        return Refusal.of(IdentityRefusal.CURRENT_PASSWORD_INCORRECT)
                .withField(FieldRefusal.of("currentPassword", IdentityRefusal.PASSWORD_INCORRECT));
    }

    /**
     * Wrong password given to confirm the deletion of the account. Forbidden rather than unauthenticated: the person
     * is signed in, and a portal must not take the answer for an expired session.
     */
    public static Refusal wrongDeletionPassword() {
        return Refusal.of(IdentityRefusal.DELETION_PASSWORD_INCORRECT)
                .withField(FieldRefusal.of("currentPassword", IdentityRefusal.PASSWORD_INCORRECT));
    }

    /** The password-reset link does not work (any more). */
    public static Refusal resetLinkInvalid() {
        return Refusal.of(IdentityRefusal.RESET_LINK_INVALID)
                .withField(FieldRefusal.of("token", IdentityRefusal.LINK_INVALID_OR_EXPIRED));
    }

    /** Each unmet rule becomes a refusal of {@code field}, the request's password field. */
    public static Refusal weakPassword(String field, List<PasswordRule> unmet) {
        return new Refusal(IdentityRefusal.PASSWORD_TOO_WEAK, Map.of(),
                unmet.stream().map(rule -> rule.on(field)).toList(), null);
    }

    /** A wait in whole minutes for a sentence, rounded up and at least one; the refusal's retry-after is exact. */
    public static long minutes(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return (seconds + 59) / 60;
    }
}
