package org.openbenefits.platform.employee;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.security.CurrentUser;

/**
 * An HR manager imports employees from a CSV file. The whole file is checked at once ({@link AdmitImportFile}: size,
 * form, line count; a refused file is refused on the spot, with no job), then a job is recorded and handed to the
 * import threads ({@link RunImportJob}), which read the file a step at a time; the caller polls the job
 * ({@link ImportJobReader}) for progress and, at the end, the report. While this instance holds the job, queued or
 * running, {@link ImportHeartbeat} says so. Must not be called inside a transaction: the job row is committed before
 * the import starts, so that every instance sees it.
 */
@Singleton
public class ImportEmployees {

    /**
     * How starting ended, or {@link Declined}: a file refused whole ({@link AdmitImportFile}), or import.busy when too
     * many imports wait already (the job is then recorded as FAILED, BUSY).
     */
    public sealed interface Result permits Started, Declined {
    }

    /** The import runs: job {@code jobId}, RUNNING, of {@code totalLines} data lines, received at {@code createdAt}. */
    public record Started(long jobId, int totalLines, Instant createdAt) implements Result {
    }

    /** What a job refused for lack of room records, in French, beside its failure code. */
    static final String BUSY = "Trop d'imports sont en cours : celui-ci n'a pas démarré. Réessayez dans une minute.";
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final AdmitImportFile admit;
    private final EmployeeImportJobs jobs;
    private final RunImportJob runImportJob;
    private final ImportHeartbeat heartbeat;
    private final ExecutorService executor;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ImportEmployees(AdmitImportFile admit, EmployeeImportJobs jobs, RunImportJob runImportJob,
                    ImportHeartbeat heartbeat, @Named(ImportExecutorFactory.NAME) ExecutorService executor,
                    TransactionOperations<Connection> transactions, Clock clock) {
        this.admit = admit;
        this.jobs = jobs;
        this.runImportJob = runImportJob;
        this.heartbeat = heartbeat;
        this.executor = executor;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result start(CurrentUser hr, byte[] csv) {
        return switch (admit.admit(csv)) {
            case Declined refused -> refused;
            case AdmitImportFile.Admitted admitted -> {
                long employerId = hr.requireEmployerId();
                EmployeeImportJobRow job = transactions.executeWrite(status -> jobs.save(
                        EmployeeImportJobRow.started(employerId, hr.id(), admitted.lines(), clock.instant())));
                heartbeat.hold(job.id());
                try {
                    executor.execute(() -> {
                        try {
                            runImportJob.run(job.id(), employerId, hr.id(), csv);
                        } finally {
                            heartbeat.release(job.id());
                        }
                    });
                } catch (RejectedExecutionException e) {
                    heartbeat.release(job.id());
                    transactions.executeWrite(status -> jobs.fail(job.id(), BUSY, ImportFailure.BUSY.name(),
                            clock.instant()));
                    yield new Declined(Refusal.of(EmployeeRefusal.IMPORTS_BUSY, "seconds", RETRY_AFTER.toSeconds())
                            .retryAfter(RETRY_AFTER));
                }
                yield new Started(job.id(), job.totalLines(), job.createdAt());
            }
        };
    }
}
