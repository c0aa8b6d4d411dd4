package org.openbenefits.contract.api.employee;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a CSV import found (preview) or did (import). The errors listed are capped (1,000 by default, setting
 * {@code platform.imports.max-listed-errors}): {@code errorCount} is always the exact total, {@code errors} the first
 * ones in file order.
 *
 * @param lines      data lines read, header excluded
 * @param validLines lines without error, which the import creates
 * @param imported   profiles created: 0 for a preview
 * @param errors     the first errors of the file, by line number (the header is line 1), at most the cap
 * @param errorCount every error found, listed or not; never less than {@code errors.size()}
 */
@Serdeable
public record ImportReport(int lines, int validLines, int imported, List<LineError> errors,
                           @Schema(requiredMode = REQUIRED,
                                   description = "Every error found; more than errors.size() when the list is capped")
                           int errorCount) {

    public ImportReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
        // a report saved before errors were capped has no count: all its errors are listed
        errorCount = Math.max(errorCount, errors.size());
    }

    /** A report that lists every error it found. */
    public ImportReport(int lines, int validLines, int imported, List<LineError> errors) {
        this(lines, validLines, imported, errors, errors == null ? 0 : errors.size());
    }

    /**
     * One error on one line of the file.
     *
     * @param line       the line's number in the file (the header is line 1)
     * @param column     the column at fault, as the template names it ({@code prenom}, {@code email}...)
     * @param code       the rule the cell breaks, a field code of the catalogue (docs/api/errors.md), e.g.
     *                   {@code field.required}, {@code import.duplicate-in-file}; reports saved before codes were
     *                   given keep their old code (MISSING_FIELD...) and their French message
     * @param message    the rule in the request's language (Accept-Language: French by default, English)
     * @param parameters the values the rule's wording needs (e.g. {@code {"max": 100}}); never a person's data
     */
    @Serdeable
    public record LineError(int line, String column,
                            @Schema(requiredMode = REQUIRED,
                                    description = "Field code of the catalogue (docs/api/errors.md)",
                                    example = "field.required") String code,
                            String message,
                            @Nullable @Schema(description = "Values of the rule, by name, for clients that word it "
                                    + "themselves: numbers or strings",
                                    additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                                    example = "{\"max\": 100}") Map<String, Object> parameters) {

        public LineError {
            parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }

        /** A line error without parameters. */
        public LineError(int line, String column, String code, String message) {
            this(line, column, code, message, null);
        }
    }
}
