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
 * ({@link ImportHeartbeat}), on every instance: the UPDATE is conditional, so two instances at once are harmless.
 */
@Singleton
class FailInterruptedImports {

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
                jobs.failAllSilentSince(now.minus(staleAfter), ImportJobs.LOST, now));
        if (failed > 0) {
            LOG.warn("{} import job(s) lost the instance running them: marked FAILED (INTERRUPTED), nothing created",
                    failed);
        }
        return failed;
    }
}
