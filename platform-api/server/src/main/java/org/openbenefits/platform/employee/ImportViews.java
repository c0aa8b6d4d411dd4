package org.openbenefits.platform.employee;

import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.RefusalCatalogue;
import org.openbenefits.domain.refusal.RefusalKind;
import org.openbenefits.platform.web.RefusalWording;

/**
 * Imports as the API shows them: reports and jobs, their line errors and failures worded in the reader's language
 * from their codes. A line error saved before codes keeps its old code and French message.
 */
final class ImportViews {

    private ImportViews() {
    }

    static ImportReport report(ImportSummary summary, String language) {
        return report(StoredImportReports.Stored.of(summary), language);
    }

    static ImportReport report(StoredImportReports.Stored stored, String language) {
        return new ImportReport(stored.lines(), stored.validLines(), stored.imported(),
                stored.errors().stream().map(line -> lineError(line, language)).toList(), stored.errorCount());
    }

    /** The job as it started: RUNNING, nothing processed yet. */
    static ImportJobView started(ImportEmployees.Started started) {
        return new ImportJobView(started.jobId(), ImportJobView.RUNNING, started.totalLines(), 0, null, null, null,
                started.createdAt(), null);
    }

    static ImportJobView job(EmployeeImportJobRow row, @Nullable StoredImportReports.Stored report, String language) {
        return new ImportJobView(row.id(), row.status().name(), row.totalLines(), row.processedLines(),
                report == null ? null : report(report, language), failure(row, language), row.failureCode(),
                row.createdAt(), row.finishedAt());
    }

    /** Why the job failed, from its failure code; the stored French sentence for a job failed before codes. */
    private static @Nullable String failure(EmployeeImportJobRow row, String language) {
        return ImportFailure.named(row.failureCode()).map(failure -> RefusalWording.of(failure.refusal(), language))
                .orElse(row.failure());
    }

    private static ImportReport.LineError lineError(StoredImportReports.Stored.Line line, String language) {
        return coded(line)
                .map(refusal -> new ImportReport.LineError(line.line(), line.column(), line.code(),
                        RefusalWording.of(refusal, language), refusal.parameters()))
                .orElseGet(() -> new ImportReport.LineError(line.line(), line.column(), line.code(),
                        line.message() == null ? line.code() : line.message()));
    }

    /**
     * The line's refusal, if it was stored with a field code of the catalogue and that code's parameters (JSON leaves
     * out an empty map). The old codes (MISSING_FIELD...) are not the catalogue's.
     */
    private static Optional<FieldRefusal> coded(StoredImportReports.Stored.Line line) {
        return RefusalCatalogue.find(line.code()).filter(code -> code.kind() == RefusalKind.FIELD).flatMap(code -> {
            try {
                return Optional.of(new FieldRefusal(line.column(), code, line.parameters()));
            } catch (IllegalArgumentException notItsParameters) {
                return Optional.empty();
            }
        });
    }
}
