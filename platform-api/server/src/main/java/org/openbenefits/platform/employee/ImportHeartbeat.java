package org.openbenefits.platform.employee;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import jobs this instance holds, queued or running, and their heartbeat: every
 * {@code platform.imports.heartbeat-interval} (15 s) their {@code heartbeat_at} moves, so that any instance can tell
 * a job whose instance stopped (no heartbeat for {@code stale-after}, 1 minute) from a slow or waiting one; then
 * {@link FailInterruptedImports} fails the jobs of stopped instances. A job leaves the set when its thread is done with
 * it, whatever the outcome, so that a job whose thread died without a word stops beating too. When this instance
 * stops cleanly, the jobs it still holds are marked INTERRUPTED at once.
 */
@Singleton
class ImportHeartbeat {

    private static final Logger LOG = LoggerFactory.getLogger(ImportHeartbeat.class);

    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final EmployeeImportJobs jobs;
    private final FailInterruptedImports failInterrupted;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ImportHeartbeat(EmployeeImportJobs jobs, FailInterruptedImports failInterrupted,
                    TransactionOperations<Connection> transactions, Clock clock) {
        this.jobs = jobs;
        this.failInterrupted = failInterrupted;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** This instance now holds the job (queued). */
    void hold(long jobId) {
        held.add(jobId);
    }

    /** This instance is done with the job, whatever became of it. */
    void release(long jobId) {
        held.remove(jobId);
    }

    @Scheduled(fixedDelay = "${platform.imports.heartbeat-interval:15s}", initialDelay = "1s")
    void beat() {
        try {
            List<Long> ids = List.copyOf(held);
            if (!ids.isEmpty()) {
                transactions.executeWrite(status -> jobs.beat(ids, clock.instant()));
            }
            failInterrupted.run();
        } catch (RuntimeException e) {
            // a database hiccup: the next beat comes within the interval, well before a job reads as stopped
            LOG.warn("Import heartbeat failed; retrying at the next one", e);
        }
    }

    @PreDestroy
    void stopping() {
        List<Long> ids = List.copyOf(held);
        if (ids.isEmpty()) {
            return;
        }
        try {
            int failed = transactions.executeWrite(status -> jobs.failInterrupted(ids, FailInterruptedImports.LOST,
                    clock.instant()));
            LOG.warn("Stopping with {} import job(s) unfinished: marked FAILED (INTERRUPTED), nothing created", failed);
        } catch (RuntimeException e) {
            LOG.warn("Stopping with import jobs {} unfinished; other instances will mark them INTERRUPTED", ids, e);
        }
    }
}
