package org.openbenefits.platform.employee;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.platform.security.CurrentUser;

/**
 * An HR manager imports employees from a CSV file. The file is read at once (an unreadable one is refused on the
 * spot), then a job is recorded and handed to the import threads ({@link RunImportJob}); the caller polls the job
 * ({@link ImportJobs}) for progress and, at the end, the report. Must not be called inside a transaction: the job row
 * is committed before the import starts, so that every instance sees it.
 */
@Singleton
public class ImportEmployees {

    /** How starting ended. */
    public sealed interface Result {
    }

    /** The import runs; {@code job} is its first state. */
    public record Started(ImportJobView job) implements Result {
    }

    /** The file cannot be read at all; {@code reason} is a French sentence. */
    public record Unreadable(String reason) implements Result {
    }

    /** Too many imports wait already; retry after {@code retryAfter}. The job is recorded as FAILED. */
    public record Busy(Duration retryAfter) implements Result {
    }

    static final String BUSY = "Trop d'imports sont en cours : celui-ci n'a pas démarré. Réessayez dans une minute.";

    private final EmployeeImportJobs jobs;
    private final ImportJobs views;
    private final RunImportJob runImportJob;
    private final ExecutorService executor;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ImportEmployees(EmployeeImportJobs jobs, ImportJobs views, RunImportJob runImportJob,
                    @Named(ImportExecutorFactory.NAME) ExecutorService executor,
                    TransactionOperations<Connection> transactions, Clock clock) {
        this.jobs = jobs;
        this.views = views;
        this.runImportJob = runImportJob;
        this.executor = executor;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result start(CurrentUser hr, byte[] csv) {
        return switch (EmployeeCsv.read(csv)) {
            case EmployeeCsv.Unreadable unreadable -> new Unreadable(unreadable.reason());
            case EmployeeCsv.Lines read -> {
                long employerId = hr.requireEmployerId();
                EmployeeImportJobRow job = transactions.executeWrite(status -> jobs.save(
                        EmployeeImportJobRow.started(employerId, hr.id(), read.lines().size(), clock.instant())));
                try {
                    executor.execute(() -> runImportJob.run(job.id(), employerId, hr.id(), read.lines()));
                } catch (RejectedExecutionException e) {
                    transactions.executeWrite(status -> jobs.fail(job.id(), BUSY, clock.instant()));
                    yield new Busy(Duration.ofMinutes(1));
                }
                yield new Started(views.view(job));
            }
        };
    }
}
