package org.openbenefits.contract.api.employee;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a CSV import found (preview) or did (import).
 *
 * @param lines      data lines read, header excluded
 * @param validLines lines without error, which the import creates
 * @param imported   profiles created: 0 for a preview
 * @param errors     every error of every line, by line number (the header is line 1)
 */
@Serdeable
public record ImportReport(int lines, int validLines, int imported, List<LineError> errors) {

    public ImportReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One error on one line of the file. */
    @Serdeable
    public record LineError(int line, String column,
                            @Schema(allowableValues = {"MISSING_FIELD", "INVALID_EMAIL", "DUPLICATE_IN_FILE",
                                    "ALREADY_EXISTS", "TOO_LONG", "FORBIDDEN_CHARACTER"}) String code,
                            String message) {
    }
}
