package org.openbenefits.platform.employee;

import java.util.Optional;

import jakarta.inject.Singleton;
import org.openbenefits.contract.api.employee.ImportJobView;

/**
 * Where an import job stands, as its employer's HR managers see it, from any instance, in the reader's language. A
 * RUNNING job whose heartbeat stopped for {@code platform.imports.stale-after} (1 minute by default) lost the instance
 * holding it (a crash, a redeployment): it is declared FAILED, INTERRUPTED, before it is shown
 * ({@link FailInterruptedImports#failIfLost}), and since its profiles are written in one transaction that never
 * committed, nobody was created.
 */
@Singleton
public class ImportJobReader {

    private final EmployeeImportJobs jobs;
    private final StoredImportReports reports;
    private final FailInterruptedImports failInterrupted;

    ImportJobReader(EmployeeImportJobs jobs, StoredImportReports reports, FailInterruptedImports failInterrupted) {
        this.jobs = jobs;
        this.reports = reports;
        this.failInterrupted = failInterrupted;
    }

    /**
     * The job, if it belongs to this employer.
     *
     * @param language {@code fr} or {@code en}: the language of the report's line errors and of the failure
     */
    public Optional<ImportJobView> find(long employerId, long jobId, String language) {
        Optional<EmployeeImportJobRow> found = jobs.findByIdAndEmployerId(jobId, employerId);
        if (found.isPresent() && failInterrupted.failIfLost(found.get())) {
            found = jobs.findByIdAndEmployerId(jobId, employerId);
        }
        return found.map(row -> ImportViews.job(row, row.report() == null ? null : reports.read(row.report()),
                language));
    }
}
