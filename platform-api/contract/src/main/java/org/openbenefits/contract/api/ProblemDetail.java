package org.openbenefits.contract.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of every API error, served as {@code application/problem+json} (RFC 9457).
 *
 * @param type       a URI naming the kind of problem
 * @param title      a short summary in the request's language (Accept-Language: French by default, English)
 * @param status     the HTTP status
 * @param detail     an explanation in the request's language that says what to do
 * @param code       a stable code of the catalogue (docs/api/errors.md), e.g. {@code budget.shortfall}; clients
 *                   switch on it and word it from {@code parameters}, never from {@code detail}
 * @param errors     the fields at fault, if any
 * @param retryAfter for refusals that end by themselves (rate limit, locked account): seconds to wait, as in the
 *                   Retry-After header; null otherwise
 * @param parameters the values a client needs to say the problem in its own words, by name (for instance
 *                   {@code {"limit": 100000, "found": 186000}} for {@code import.csv-too-many-lines}); empty for most codes
 */
@Serdeable
@Schema(description = "An API error (RFC 9457): a stable code with its parameters (catalogue: docs/api/errors.md), "
        + "and a title, detail and field messages in the request's language (Accept-Language: fr by default, en).")
public record ProblemDetail(String type, String title, int status, @Nullable String detail,
                            @Schema(requiredMode = REQUIRED,
                                    description = "Stable code of the catalogue (docs/api/errors.md)",
                                    example = "budget.shortfall")
                            String code,
                            List<FieldError> errors,
                            @Nullable
                            @Schema(description = "Seconds to wait before retrying, when the refusal ends by itself")
                            Long retryAfter,
                            @Nullable
                            @Schema(description = "Values of the problem, by name, for clients that word it themselves: "
                                    + "numbers or strings, as the catalogue lists them (docs/api/errors.md)",
                                    additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                                    example = "{\"limit\": 100000, \"found\": 186000}")
                            Map<String, Object> parameters) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemDetail {
        errors = errors == null ? List.of() : List.copyOf(errors);
        parameters = parameters == null ? Map.of() : withoutNulls(parameters);
    }

    /** A problem without parameters. */
    public ProblemDetail(String type, String title, int status, @Nullable String detail, String code,
                         List<FieldError> errors, @Nullable Long retryAfter) {
        this(type, title, status, detail, code, errors, retryAfter, null);
    }

    /** A problem that does not end by itself. */
    public ProblemDetail(String type, String title, int status, @Nullable String detail, String code,
                         List<FieldError> errors) {
        this(type, title, status, detail, code, errors, null, null);
    }

    /** The parameters in their order, without null values (a client reads a missing value as absent). */
    private static Map<String, Object> withoutNulls(Map<String, Object> parameters) {
        Map<String, Object> kept = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name != null && value != null) {
                kept.put(name, value);
            }
        });
        return Collections.unmodifiableMap(kept);
    }

    /**
     * One field at fault and why.
     *
     * @param field      the field's path in the request: {@code amountCents}, {@code address.line1},
     *                   {@code children[1].birthDate}, or a query parameter's name
     * @param message    a sentence in the request's language saying what to change
     * @param code       the rule broken, a stable field code of the catalogue (docs/api/errors.md), e.g.
     *                   {@code field.required}
     * @param parameters the values the rule's wording needs, by name (e.g. {@code {"max": 80}})
     */
    @Serdeable
    public record FieldError(String field, String message,
                             @Nullable @Schema(description = "Stable code of the rule broken (docs/api/errors.md)",
                                     example = "field.required") String code,
                             @Nullable @Schema(description = "Values of the rule, by name, for clients that word it "
                                     + "themselves: numbers or strings",
                                     additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                                     example = "{\"max\": 80}") Map<String, Object> parameters) {

        public FieldError {
            parameters = parameters == null ? Map.of() : withoutNulls(parameters);
        }

        /** A field at fault with a code and no parameters. */
        public FieldError(String field, String message, @Nullable String code) {
            this(field, message, code, null);
        }

        /** A field at fault without a code of its own. */
        public FieldError(String field, String message) {
            this(field, message, null, null);
        }
    }
}
