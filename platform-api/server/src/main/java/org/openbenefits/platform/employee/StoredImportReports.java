package org.openbenefits.platform.employee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

/**
 * The report of a finished import as employee_import_job.report holds it, in JSON: each line error by its code and
 * parameters, never by a sentence, so that it is worded in the language of whoever reads it. Reports saved before
 * codes were given hold an old code (MISSING_FIELD...) and a French message instead: they still read, as they were.
 */
@Singleton
class StoredImportReports {

    /** The stored shape; also reads the reports saved before errors were capped (no errorCount) or coded. */
    @Serdeable
    record Stored(int lines, int validLines, int imported, @Nullable List<Line> errors, int errorCount) {

        Stored {
            errors = errors == null ? List.of() : List.copyOf(errors);
            // a report saved before errors were capped has no count: all its errors are listed
            errorCount = Math.max(errorCount, errors.size());
        }

        /**
         * @param parameters the code's parameters; null when it has none, and in a report saved before codes
         * @param message    null since codes are stored; a French sentence in a report saved before
         */
        @Serdeable
        record Line(int line, String column, String code, @Nullable Map<String, Object> parameters,
                    @Nullable String message) {
        }

        static Stored of(ImportSummary summary) {
            return new Stored(summary.lines(), summary.validLines(), summary.imported(), summary.errors().stream()
                    .map(error -> new Line(error.line(), error.column(), error.refusal().code().code(),
                            error.refusal().parameters(), null))
                    .toList(), summary.errorCount());
        }
    }

    private final JsonMapper json;

    StoredImportReports(JsonMapper json) {
        this.json = json;
    }

    String write(ImportSummary summary) {
        try {
            return json.writeValueAsString(Stored.of(summary));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an import report", e);
        }
    }

    Stored read(String stored) {
        try {
            return json.readValue(stored, Argument.of(Stored.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report of an import job", e);
        }
    }
}
