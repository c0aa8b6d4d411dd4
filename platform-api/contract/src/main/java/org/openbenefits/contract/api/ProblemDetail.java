package org.openbenefits.contract.api;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of every API error, served as {@code application/problem+json} (RFC 9457).
 *
 * @param type       a URI naming the kind of problem
 * @param title      a short French summary
 * @param status     the HTTP status
 * @param detail     a French explanation that says what to do
 * @param code       a stable machine-readable code from {@link ProblemCodes}, e.g. {@code NOT_FOUND}
 * @param errors     the fields at fault, if any
 * @param retryAfter for refusals that end by themselves (rate limit, locked account): seconds to wait, as in the
 *                   Retry-After header; null otherwise
 */
@Serdeable
@Schema(description = "An API error (RFC 9457), with a stable code and a French message.")
public record ProblemDetail(String type, String title, int status, @Nullable String detail,
                            @Schema(description = "Stable machine-readable code", example = "INVALID_CREDENTIALS")
                            String code,
                            List<FieldError> errors,
                            @Nullable
                            @Schema(description = "Seconds to wait before retrying, when the refusal ends by itself")
                            Long retryAfter) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemDetail {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem that does not end by itself. */
    public ProblemDetail(String type, String title, int status, @Nullable String detail, String code,
                         List<FieldError> errors) {
        this(type, title, status, detail, code, errors, null);
    }

    /**
     * One field at fault and why.
     *
     * @param field   the field's path in the request: {@code amountCents}, {@code address.line1},
     *                {@code children[1].birthDate}, or a query parameter's name
     * @param message a French sentence saying what to change
     * @param code    for the input rules, a stable code from {@link ProblemCodes} (e.g. {@code FORBIDDEN_CHARACTER});
     *                null otherwise
     */
    @Serdeable
    public record FieldError(String field, String message,
                             @Nullable @Schema(description = "Stable code of the input rule broken, if any",
                                     example = "FORBIDDEN_CHARACTER") String code) {

        /** A field at fault without a code of its own. */
        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }
}
