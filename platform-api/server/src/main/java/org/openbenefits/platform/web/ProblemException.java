package org.openbenefits.platform.web;

import java.time.Duration;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail.FieldError;

/**
 * An API refusal on its way out: controllers turn a use case's refusal (a value) into one of these, and
 * {@link ProblemJsonBodyProvider} gives it its {@code application/problem+json} shape. Carries no stack trace: it is
 * an answer, not a bug.
 */
public final class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<FieldError> errors;
    private final Duration retryAfter;
    private final String title;

    public ProblemException(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of(), null);
    }

    /**
     * @param status     the HTTP status
     * @param code       a code from {@link org.openbenefits.contract.api.ProblemCodes}
     * @param detail     a French sentence saying what happened and what to do
     * @param errors     the fields at fault
     * @param retryAfter when the refusal ends by itself, how long to wait; null otherwise
     */
    public ProblemException(HttpStatus status, String code, String detail, List<FieldError> errors,
                            @Nullable Duration retryAfter) {
        this(status, code, detail, errors, retryAfter, null);
    }

    private ProblemException(HttpStatus status, String code, String detail, List<FieldError> errors,
                             @Nullable Duration retryAfter, @Nullable String title) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
        this.title = title;
    }

    /** The same problem with a French title of its own instead of the one of its HTTP status. */
    public ProblemException titled(String title) {
        return new ProblemException(status, code, detail(), errors, retryAfter, title);
    }

    /** A refusal about one field of the request. */
    public static ProblemException onField(HttpStatus status, String code, String field, String detail) {
        return new ProblemException(status, code, detail, List.of(new FieldError(field, detail)), null);
    }

    /** A request with fields at fault, all named at once: 400 VALIDATION_FAILED. */
    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.getFirst().message()
                : "Certains champs sont à corriger : voyez le message de chacun.";
        return new ProblemException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, detail, errors, null);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    /** The problem's own title, or null to use the HTTP status's. */
    public @Nullable String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Seconds to wait, rounded up, or null. */
    public @Nullable Long retryAfterSeconds() {
        if (retryAfter == null) {
            return null;
        }
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
