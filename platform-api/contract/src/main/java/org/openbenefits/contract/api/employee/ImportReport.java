package org.openbenefits.contract.api.employee;

import java.util.List;

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
                           @Schema(description = "Every error found; more than errors.size() when the list is capped")
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

    /** One error on one line of the file. */
    @Serdeable
    public record LineError(int line, String column,
                            @Schema(allowableValues = {"MISSING_FIELD", "INVALID_EMAIL", "DUPLICATE_IN_FILE",
                                    "ALREADY_EXISTS", "TOO_LONG", "FORBIDDEN_CHARACTER"}) String code,
                            String message) {
    }
}
