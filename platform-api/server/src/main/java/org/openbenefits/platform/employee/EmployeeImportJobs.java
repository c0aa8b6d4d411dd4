package org.openbenefits.platform.employee;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/**
 * Import jobs. Readers find a job by id and the caller's employer; every state change applies only to a RUNNING job
 * and says whether it did, so that a job declared lost cannot be finished afterwards, nor a finished one lost.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EmployeeImportJobs extends CrudRepository<EmployeeImportJobRow, Long> {

    Optional<EmployeeImportJobRow> findByIdAndEmployerId(Long id, Long employerId);

    @Query("""
            UPDATE employee_import_job SET processed_lines = :processedLines, updated_at = :now
            WHERE id = :id AND status = 'RUNNING'""")
    int progress(long id, int processedLines, Instant now);

    @Query("""
            UPDATE employee_import_job SET status = 'DONE', processed_lines = total_lines, report = :report,
                   updated_at = :now, finished_at = :now
            WHERE id = :id AND status = 'RUNNING'""")
    int finish(long id, String report, Instant now);

    @Query("""
            UPDATE employee_import_job SET status = 'FAILED', failure = :failure, failure_code = :failureCode,
                   updated_at = :now, finished_at = :now
            WHERE id = :id AND status = 'RUNNING'""")
    int fail(long id, String failure, String failureCode, Instant now);

    /** The instance holding these jobs is alive: moves their heartbeat. */
    @Query("""
            UPDATE employee_import_job SET heartbeat_at = :now
            WHERE id IN (:ids) AND status = 'RUNNING'""")
    int beat(Collection<Long> ids, Instant now);

    /** Fails the job as INTERRUPTED only if it is still RUNNING and its heartbeat stopped before {@code silentSince}. */
    @Query("""
            UPDATE employee_import_job SET status = 'FAILED', failure = :failure, failure_code = 'INTERRUPTED',
                   updated_at = :now, finished_at = :now
            WHERE id = :id AND status = 'RUNNING' AND heartbeat_at < :silentSince""")
    int failIfSilentSince(long id, Instant silentSince, String failure, Instant now);

    /** Fails as INTERRUPTED every RUNNING job, of any employer and instance, whose heartbeat stopped before then. */
    @Query("""
            UPDATE employee_import_job SET status = 'FAILED', failure = :failure, failure_code = 'INTERRUPTED',
                   updated_at = :now, finished_at = :now
            WHERE status = 'RUNNING' AND heartbeat_at < :silentSince""")
    int failAllSilentSince(Instant silentSince, String failure, Instant now);

    /** Fails as INTERRUPTED these jobs if still RUNNING: their instance is stopping. */
    @Query("""
            UPDATE employee_import_job SET status = 'FAILED', failure = :failure, failure_code = 'INTERRUPTED',
                   updated_at = :now, finished_at = :now
            WHERE id IN (:ids) AND status = 'RUNNING'""")
    int failInterrupted(Collection<Long> ids, String failure, Instant now);
}
