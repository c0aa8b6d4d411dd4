package org.openbenefits.platform.employee;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks FAILED, INTERRUPTED, every RUNNING import whose heartbeat stopped more than {@code platform.imports.stale-after}
 * ago (1 minute): the instance holding it stopped (crash, redeployment) and its one transaction never committed, so
 * nobody was created and HR imports the file again. Runs shortly after start-up and with every heartbeat
 * ({@link ImportHeartbeat}), on every instance, and for one job when it is read ({@link ImportJobReader}): the
 * UPDATE is conditional, so two instances at once are harmless.
 */
@Singleton
class FailInterruptedImports {

    /** What a job declared lost records, in French, beside its failure code INTERRUPTED. */
    static final String LOST = "L'import a été interrompu : le service qui le traitait s'est arrêté (redémarrage ou "
            + "panne). Aucun salarié n'a été créé. Relancez-le avec le même fichier.";

    private static final Logger LOG = LoggerFactory.getLogger(FailInterruptedImports.class);

    private final EmployeeImportJobs jobs;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final Duration staleAfter;

    FailInterruptedImports(EmployeeImportJobs jobs, TransactionOperations<Connection> transactions, Clock clock,
                           @Value("${platform.imports.stale-after:1m}") Duration staleAfter) {
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** Returns how many jobs it marked. */
    int run() {
        Instant now = clock.instant();
        int failed = transactions.executeWrite(status ->
                jobs.failAllSilentSince(now.minus(staleAfter), LOST, now));
        if (failed > 0) {
            LOG.warn("{} import job(s) lost the instance running them: marked FAILED (INTERRUPTED), nothing created",
                    failed);
        }
        return failed;
    }

    /**
     * Marks this job FAILED, INTERRUPTED, if it is RUNNING and its heartbeat stopped more than stale-after ago.
     *
     * @return whether it did: the job must then be read again
     */
    boolean failIfLost(EmployeeImportJobRow job) {
        if (job.status() != EmployeeImportJobRow.Status.RUNNING) {
            return false;
        }
        Instant now = clock.instant();
        Instant silentSince = now.minus(staleAfter);
        return job.heartbeatAt().isBefore(silentSince) && transactions.executeWrite(status ->
                jobs.failIfSilentSince(job.id(), silentSince, LOST, now)) == 1;
    }
}
