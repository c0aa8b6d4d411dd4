package org.openbenefits.domain.identity;

import static org.openbenefits.domain.refusal.RefusalKind.CONFLICT;
import static org.openbenefits.domain.refusal.RefusalKind.FIELD;
import static org.openbenefits.domain.refusal.RefusalKind.FORBIDDEN;
import static org.openbenefits.domain.refusal.RefusalKind.GONE;
import static org.openbenefits.domain.refusal.RefusalKind.INVALID_INPUT;
import static org.openbenefits.domain.refusal.RefusalKind.LOCKED;
import static org.openbenefits.domain.refusal.RefusalKind.NOT_FOUND;
import static org.openbenefits.domain.refusal.RefusalKind.RATE_LIMITED;
import static org.openbenefits.domain.refusal.RefusalKind.UNAUTHENTICATED;

import java.util.List;

import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * The refusals of identity: signing in, sessions, passwords and their links, invitations, the sign-in address, the
 * person's own profile and account. Waits are given in whole minutes, rounded up, for the sentence; the exact wait is
 * the refusal's retry-after. No parameter names a person: the sign-in refusals of a known and of an unknown address
 * must read the same.
 */
public enum IdentityRefusal implements RefusalCode {

    // Signing in and sessions
    /**
     * Unknown address, wrong password or invitation not accepted yet, alike: {@code attempts} wrong passwords in a
     * row lock sign-in for {@code minutes}.
     */
    INVALID_CREDENTIALS("auth.invalid-credentials", UNAUTHENTICATED, "attempts", "minutes"),
    /** Too many wrong passwords for the address typed, known or not: sign-in waits {@code minutes}. */
    SIGN_IN_LOCKED("auth.locked", LOCKED, "minutes"),
    /** The right password, but the account was deactivated. */
    ACCOUNT_DEACTIVATED("auth.account-deactivated", FORBIDDEN),
    /** The refresh token is unknown, expired, revoked or was reused: sign in again. */
    REFRESH_TOKEN_INVALID("auth.refresh-token-invalid", UNAUTHENTICATED),
    /** Too many e-mails asked for from one client address (password resets, invitations re-sent). */
    TOO_MANY_EMAILS("request.too-many-emails", RATE_LIMITED, "minutes"),

    // Passwords
    /** A signed-in person's current password is wrong (changing the sign-in address). */
    CURRENT_PASSWORD_INCORRECT("password.current-incorrect", UNAUTHENTICATED),
    /** The password given to confirm the deletion of the account is wrong: nothing was deleted. */
    DELETION_PASSWORD_INCORRECT("account.deletion-password-incorrect", FORBIDDEN),
    /** The field of a wrong password. */
    PASSWORD_INCORRECT("password.incorrect", FIELD),
    /** A signed-in person gave a wrong password too often: the account waits {@code minutes}. */
    ACCOUNT_LOCKED("account.locked", LOCKED, "minutes"),
    /** The new password breaks rules: each is a field code below, on the password field. */
    PASSWORD_TOO_WEAK("password.too-weak", INVALID_INPUT),
    PASSWORD_TOO_SHORT("password.too-short", FIELD, "min"),
    PASSWORD_TOO_LONG("password.too-long", FIELD, "max"),
    PASSWORD_LOWERCASE_MISSING("password.lowercase-missing", FIELD),
    PASSWORD_UPPERCASE_MISSING("password.uppercase-missing", FIELD),
    PASSWORD_DIGIT_MISSING("password.digit-missing", FIELD),
    PASSWORD_CONTAINS_EMAIL("password.contains-email", FIELD),
    PASSWORD_COMMON("password.common", FIELD),
    /** The password-reset link is unknown, used or expired, or its account can no longer sign in. */
    RESET_LINK_INVALID("password-reset.link-invalid", INVALID_INPUT),
    /** The field of a link's token that does not work (any link). */
    LINK_INVALID_OR_EXPIRED("link.invalid-or-expired", FIELD),

    // Invitations
    INVITATION_NOT_FOUND("invitation.not-found", NOT_FOUND),
    INVITATION_EXPIRED("invitation.expired", GONE),
    /** The link was used, or the account activated otherwise. */
    INVITATION_ALREADY_USED("invitation.already-used", GONE),

    // The sign-in address
    /** Another account signs in with the new address. */
    EMAIL_TAKEN("email.taken", CONFLICT),
    /** The field of an address another account signs in with. */
    EMAIL_IN_USE("email.in-use", FIELD),
    /** The new sign-in address is the current one. */
    EMAIL_UNCHANGED("email.unchanged", INVALID_INPUT),
    EMAIL_SAME_AS_CURRENT("email.same-as-current", FIELD),
    /** The account had its share of confirmation e-mails: one more in {@code minutes}. */
    EMAIL_CHANGE_LIMIT_REACHED("email.change-limit-reached", RATE_LIMITED, "minutes"),
    /** No change of sign-in address waits for confirmation (none asked, or expired, confirmed or cancelled). */
    NO_PENDING_EMAIL_CHANGE("email-change.none-pending", NOT_FOUND),
    /** The confirmation link is unknown, used, replaced, cancelled or expired, or the account cannot sign in. */
    EMAIL_CHANGE_LINK_INVALID("email-change.link-invalid", INVALID_INPUT),
    /** Another account took the new address since the link was sent: nothing changed, the link is spent. */
    EMAIL_TAKEN_MEANWHILE("email-change.taken-meanwhile", CONFLICT),

    // The person's own account and profile
    /** The signed-in person's account was deleted: nothing left to show or change. */
    ACCOUNT_DELETED("account.deleted", NOT_FOUND),
    /** Only employees delete their own account. */
    DELETION_EMPLOYEES_ONLY("account.deletion-employees-only", FORBIDDEN),
    /** An address or a delivery e-mail for an account without employee profile (NO_EMPLOYEE_PROFILE before). */
    NO_EMPLOYEE_PROFILE("profile.none", INVALID_INPUT),
    /** The field given although the account has no employee profile. */
    NOT_FOR_THIS_PROFILE("profile.not-applicable", FIELD),
    POSTAL_CODE_INVALID("address.postal-code-invalid", FIELD),
    COUNTRY_INVALID("address.country-invalid", FIELD),
    /** A language other than fr and en. */
    LANGUAGE_UNKNOWN("language.unknown", FIELD);

    private final String code;
    private final RefusalKind kind;
    private final List<String> parameters;

    IdentityRefusal(String code, RefusalKind kind, String... parameters) {
        this.code = code;
        this.kind = kind;
        this.parameters = List.of(parameters);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RefusalKind kind() {
        return kind;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
