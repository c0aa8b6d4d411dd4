package org.openbenefits.platform.employee;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of employee_import_job: one CSV import running in the background, shared by every instance. {@code report}
 * holds the report as JSON once DONE ({@link StoredImportReports}); {@code failure} a French sentence once FAILED, and
 * {@code failureCode} why, an {@link ImportFailure} by name; {@code heartbeatAt} moves every few seconds while an
 * instance holds the job (queued or running), so that a job whose instance stopped is told from a slow one
 * ({@link ImportHeartbeat}).
 */
@MappedEntity("employee_import_job")
record EmployeeImportJobRow(
        @Id @GeneratedValue @Nullable Long id,
        Long employerId,
        Long startedBy,
        Status status,
        int totalLines,
        int processedLines,
        @Nullable String report,
        @Nullable String failure,
        @Nullable String failureCode,
        Instant createdAt,
        Instant updatedAt,
        Instant heartbeatAt,
        @Nullable Instant finishedAt) {

    /** Where the job stands; stored by name. */
    enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    static EmployeeImportJobRow started(long employerId, long startedBy, int totalLines, Instant now) {
        return new EmployeeImportJobRow(null, employerId, startedBy, Status.RUNNING, totalLines, 0, null, null, null,
                now, now, now, null);
    }
}
