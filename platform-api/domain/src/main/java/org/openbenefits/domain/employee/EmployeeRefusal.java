package org.openbenefits.domain.employee;

import java.util.List;

import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * The refusals of the people an employer's HR managers administer: employee profiles and their invitations, HR
 * managers, and the CSV import of employees with the errors of its lines. Its own package, as each area's enum: the
 * codes sit with the area whose rules give them, and the area's rules join them here as they move into the domain.
 */
public enum EmployeeRefusal implements RefusalCode {

    /** No such employee at the caller's employer (existence is never revealed). */
    NOT_FOUND("employee.not-found", RefusalKind.NOT_FOUND),
    /** Another account signs in with this address; the field carries {@link #EMAIL_IN_USE}. */
    EMAIL_TAKEN("employee.email-taken", RefusalKind.CONFLICT),
    /** Another employee of the employer has this number; the field carries {@link #NUMBER_IN_USE}. */
    NUMBER_TAKEN("employee.number-taken", RefusalKind.CONFLICT),
    /** The person deleted their account: the anonymised profile no longer changes. */
    ACCOUNT_DELETED("employee.account-deleted", RefusalKind.CONFLICT),
    /** No invitation to re-send: the person activated their account already. */
    INVITATION_ACCEPTED("employee.invitation-accepted", RefusalKind.CONFLICT),
    /** No invitation to a deactivated account: reactivate it first. */
    DEACTIVATED("employee.deactivated", RefusalKind.CONFLICT),
    /** The invitation went to this person as often as an hour allows; {@code minutes} to wait, rounded up. */
    TOO_MANY_INVITATIONS("employee.too-many-invitations", RefusalKind.RATE_LIMITED, "minutes"),

    /** A field (or a CSV cell): an account already signs in with this address. */
    EMAIL_IN_USE("employee.email-in-use", RefusalKind.FIELD),
    /** A field (or a CSV cell): another employee of the employer has this number. */
    NUMBER_IN_USE("employee.number-in-use", RefusalKind.FIELD),
    /** A French postal code is five digits. */
    POSTAL_CODE_INVALID("employee.postal-code-invalid", RefusalKind.FIELD),
    /** A child's birth date after today. */
    BIRTH_DATE_IN_FUTURE("employee.birth-date-in-future", RefusalKind.FIELD),

    /** The address of an HR manager being invited already signs in; the field carries {@link #EMAIL_IN_USE}. */
    MANAGER_EMAIL_TAKEN("manager.email-taken", RefusalKind.CONFLICT),

    /** No such import at the caller's employer. */
    IMPORT_NOT_FOUND("import.not-found", RefusalKind.NOT_FOUND),
    /** The CSV file cannot be read; its {@code file} field says why ({@link #CSV_NOT_UTF8}...). */
    CSV_UNREADABLE("import.csv-unreadable", RefusalKind.INVALID_INPUT),
    /** The file's bytes are not UTF-8. */
    CSV_NOT_UTF8("import.csv-not-utf8", RefusalKind.FIELD),
    /** The file has no header line; {@code columns} is the template's header. */
    CSV_EMPTY("import.csv-empty", RefusalKind.FIELD, "columns"),
    /** The header lacks required columns: {@code missing} (comma separated); {@code columns}, the template's header. */
    CSV_COLUMNS_MISSING("import.csv-columns-missing", RefusalKind.FIELD, "missing", "columns"),
    /**
     * The file has more bytes than the {@code limit}. How many is not said: a file cut off by the HTTP server, as a
     * part of a form or a body sent in chunks, was not read to its end.
     */
    CSV_TOO_LARGE("import.csv-too-large", RefusalKind.TOO_LARGE, "limit"),
    /** The file has {@code found} data lines, more than the {@code limit}. */
    CSV_TOO_MANY_LINES("import.csv-too-many-lines", RefusalKind.INVALID_INPUT, "limit", "found"),
    /** As many previews run as an instance allows; retry after {@code seconds}. */
    PREVIEWS_BUSY("import.previews-busy", RefusalKind.UNAVAILABLE, "seconds"),
    /** As many imports wait as an instance allows: this one did not start; retry after {@code seconds}. */
    IMPORTS_BUSY("import.busy", RefusalKind.UNAVAILABLE, "seconds"),
    /** The service running the import stopped (restart, crash): nobody was created. Read on a FAILED job. */
    INTERRUPTED("import.interrupted", RefusalKind.UNAVAILABLE),
    /** An unexpected error ended the import: nobody was created. Read on a FAILED job. */
    FAILED("import.failed", RefusalKind.INTERNAL),
    /** A CSV cell whose value (address or employee number) an earlier line of the file has, at {@code firstLine}. */
    DUPLICATE_IN_FILE("import.duplicate-in-file", RefusalKind.FIELD, "firstLine");

    private final String code;
    private final RefusalKind kind;
    private final List<String> parameters;

    EmployeeRefusal(String code, RefusalKind kind, String... parameters) {
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
