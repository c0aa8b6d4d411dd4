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
    /**
     * The body is not one JSON document the API can read: empty, broken syntax, not UTF-8, nested more than 32 deep,
     * not an object, or followed by more content. Nothing names a field; the detail says what and where.
     */
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
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
    /**
     * Too many wrong passwords: locked until {@link ProblemDetail#retryAfter()} seconds from now. At sign-in, the
     * same answer whether or not an account has the address typed.
     */
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    /** The employer or the platform deactivated the account. */
    public static final String ACCOUNT_DEACTIVATED = "ACCOUNT_DEACTIVATED";
    /** The refresh token is unknown, expired, revoked or was reused: the person signs in again. */
    public static final String REFRESH_TOKEN_INVALID = "REFRESH_TOKEN_INVALID";

    // Passwords, invitations, e-mail address.
    /** The new password breaks rules; {@link ProblemDetail#errors()} lists each one on the field {@code password}. */
    public static final String PASSWORD_TOO_WEAK = "PASSWORD_TOO_WEAK";
    /** A password-reset or sign-in address confirmation link that is unknown, already used, replaced or expired. */
    public static final String TOKEN_INVALID_OR_EXPIRED = "TOKEN_INVALID_OR_EXPIRED";
    public static final String INVITATION_NOT_FOUND = "INVITATION_NOT_FOUND";
    public static final String INVITATION_EXPIRED = "INVITATION_EXPIRED";
    public static final String INVITATION_ALREADY_USED = "INVITATION_ALREADY_USED";
    /** Another account already signs in with this e-mail address. */
    public static final String EMAIL_TAKEN = "EMAIL_TAKEN";
    /** The new sign-in address asked for is the one the account signs in with already. */
    public static final String EMAIL_UNCHANGED = "EMAIL_UNCHANGED";
    /**
     * Too many sign-in address confirmation e-mails for this account lately: retry after
     * {@link ProblemDetail#retryAfter()} seconds (also in Retry-After).
     */
    public static final String EMAIL_CHANGE_LIMIT_REACHED = "EMAIL_CHANGE_LIMIT_REACHED";
    /** No change of sign-in address waits for confirmation (none asked, or it expired, was confirmed or cancelled). */
    public static final String NO_PENDING_EMAIL_CHANGE = "NO_PENDING_EMAIL_CHANGE";

    // Employee profiles (HR).
    /** Another employee of the same employer has this employee number (matricule). */
    public static final String EMPLOYEE_NUMBER_TAKEN = "EMPLOYEE_NUMBER_TAKEN";
    /** The invitation cannot be sent: the account is active already, or deactivated. */
    public static final String INVITATION_NOT_SENDABLE = "INVITATION_NOT_SENDABLE";
    /**
     * The invitation was re-sent to this person as often as an hour allows: retry after
     * {@link ProblemDetail#retryAfter()} seconds.
     */
    public static final String TOO_MANY_INVITATIONS = "TOO_MANY_INVITATIONS";
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

    // Codes of one field at fault (ProblemDetail.FieldError#code), set by the input rules of docs/api.md.
    /** The value has another JSON type than the field: a string for a number, a number for a text or a boolean... */
    public static final String WRONG_TYPE = "WRONG_TYPE";
    /** A number with decimals or an exponent where a whole number is expected (cents, ids, percentages). */
    public static final String NOT_AN_INTEGER = "NOT_AN_INTEGER";
    /** A number too large for the field, or a date outside the years 1900 to 2100. */
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    /** Not a date written YYYY-MM-DD, or a day that does not exist (2026-02-30). */
    public static final String INVALID_DATE = "INVALID_DATE";
    /** The same field twice in one JSON object. */
    public static final String DUPLICATE_KEY = "DUPLICATE_KEY";
    /**
     * A text holds a character it may not: a control character (tab and line breaks too, unless the field is on
     * several lines), a character that changes the direction of writing, or a non-character.
     */
    public static final String FORBIDDEN_CHARACTER = "FORBIDDEN_CHARACTER";
    /** An allowance's last valid day more than five years after the day it is given. */
    public static final String VALIDITY_TOO_FAR = "VALIDITY_TOO_FAR";

    private ProblemCodes() {
    }
}
