package org.openbenefits.contract.api;

/**
 * The fixed catalogue of {@link ProblemDetail#code()} values. Clients switch on these, never on messages, which
 * are French sentences meant for people and may change.
 */
public final class ProblemCodes {

    // Generic answers of the HTTP layer.
    public static final String BAD_REQUEST = "BAD_REQUEST";
    /** A request field breaks a constraint; {@link ProblemDetail#errors()} names each field. */
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    /** No valid access token was sent to a route that needs one. */
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String CONFLICT = "CONFLICT";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    /** Too many requests from one address; {@link ProblemDetail#retryAfter()} and Retry-After say when to retry. */
    public static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

    // Sign-in and sessions.
    /** Wrong e-mail address or password; the same answer for an unknown address. */
    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    /** Too many wrong passwords: the account is locked until {@link ProblemDetail#retryAfter()} seconds from now. */
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    /** The employer or the platform deactivated the account. */
    public static final String ACCOUNT_DEACTIVATED = "ACCOUNT_DEACTIVATED";
    /** The refresh token is unknown, expired, revoked or was reused: the person signs in again. */
    public static final String REFRESH_TOKEN_INVALID = "REFRESH_TOKEN_INVALID";

    // Passwords, invitations, e-mail address.
    /** The new password breaks rules; {@link ProblemDetail#errors()} lists each one on the field {@code password}. */
    public static final String PASSWORD_TOO_WEAK = "PASSWORD_TOO_WEAK";
    /** A password-reset link that is unknown, already used or expired. */
    public static final String TOKEN_INVALID_OR_EXPIRED = "TOKEN_INVALID_OR_EXPIRED";
    public static final String INVITATION_NOT_FOUND = "INVITATION_NOT_FOUND";
    public static final String INVITATION_EXPIRED = "INVITATION_EXPIRED";
    public static final String INVITATION_ALREADY_USED = "INVITATION_ALREADY_USED";
    /** Another account already signs in with this e-mail address. */
    public static final String EMAIL_TAKEN = "EMAIL_TAKEN";

    // Employee profiles (HR).
    /** Another employee of the same employer has this employee number (matricule). */
    public static final String EMPLOYEE_NUMBER_TAKEN = "EMPLOYEE_NUMBER_TAKEN";
    /** The invitation cannot be sent: the account is active already, or deactivated. */
    public static final String INVITATION_NOT_SENDABLE = "INVITATION_NOT_SENDABLE";
    /** The CSV file cannot be read: no header row, unknown columns, or not UTF-8. */
    public static final String CSV_UNREADABLE = "CSV_UNREADABLE";
    /**
     * The CSV file is larger than the import's limit: {@link ProblemDetail#parameters()} give {@code limit} and
     * {@code found}, in bytes. Nothing was read or written.
     */
    public static final String CSV_TOO_LARGE = "CSV_TOO_LARGE";
    /**
     * The CSV file has more data lines than an import takes: {@link ProblemDetail#parameters()} give {@code limit} and
     * {@code found}, in lines (the header excluded). Nothing was written.
     */
    public static final String CSV_TOO_MANY_LINES = "CSV_TOO_MANY_LINES";
    /** Too many imports (or previews) are waiting already: retry after {@link ProblemDetail#retryAfter()} seconds. */
    public static final String IMPORTS_BUSY = "IMPORTS_BUSY";
    /** The person deleted their account: the profile is anonymised and can no longer change. */
    public static final String ACCOUNT_DELETED = "ACCOUNT_DELETED";

    // The signed-in person's own profile and personal data.
    /** Address or delivery e-mail given for an account that has no employee profile (HR managers, staff). */
    public static final String NO_EMPLOYEE_PROFILE = "NO_EMPLOYEE_PROFILE";

    // Budget, campaigns, grants and the ledger.
    /** The campaign costs more than the employer budget holds; the detail says the shortfall. */
    public static final String INSUFFICIENT_BUDGET = "INSUFFICIENT_BUDGET";
    /** The campaign's target matches no active employee (or, per child, no employee with an eligible child). */
    public static final String NO_RECIPIENTS = "NO_RECIPIENTS";
    /** The grant has already expired or been revoked. */
    public static final String GRANT_NOT_ACTIVE = "GRANT_NOT_ACTIVE";
    /** The top-up has already been confirmed or rejected. */
    public static final String TOP_UP_ALREADY_DECIDED = "TOP_UP_ALREADY_DECIDED";

    private ProblemCodes() {
    }
}
