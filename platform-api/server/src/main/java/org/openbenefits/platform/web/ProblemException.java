package org.openbenefits.platform.web;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private final Map<String, Object> parameters;

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
        this(status, code, detail, errors, retryAfter, null, Map.of());
    }

    private ProblemException(HttpStatus status, String code, String detail, List<FieldError> errors,
                             @Nullable Duration retryAfter, @Nullable String title, Map<String, Object> parameters) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
        this.title = title;
        this.parameters = parameters;
    }

    /** The same problem with a French title of its own instead of the one of its HTTP status. */
    public ProblemException titled(String title) {
        return new ProblemException(status, code, detail(), errors, retryAfter, title, parameters);
    }

    /** The same problem with the values a client needs to word it itself (a limit, what was found), in their order. */
    public ProblemException withParameters(Map<String, Object> parameters) {
        return new ProblemException(status, code, detail(), errors, retryAfter, title,
                Collections.unmodifiableMap(new LinkedHashMap<>(parameters)));
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

    /** The problem's parameters by name; empty for most problems. */
    public Map<String, Object> parameters() {
        return parameters;
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
