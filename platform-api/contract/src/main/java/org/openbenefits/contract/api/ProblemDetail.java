package org.openbenefits.contract.api;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of every API error, served as {@code application/problem+json} (RFC 9457).
 *
 * @param type   a URI naming the kind of problem
 * @param title  a short French summary
 * @param status the HTTP status
 * @param detail a French explanation that says what to do
 * @param code   a stable machine-readable code, e.g. {@code NOT_FOUND}
 * @param errors the fields at fault, if any
 */
@Serdeable
public record ProblemDetail(String type, String title, int status, @Nullable String detail, String code,
                            List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field at fault and why. */
    @Serdeable
    public record FieldError(String field, String message) {
    }
}
