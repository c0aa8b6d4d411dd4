package org.openbenefits.platform.employee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.platform.employee.EmployeeImportJobRow.Status;

/**
 * Where an import job stands, as its employer's HR managers see it, from any instance. A RUNNING job whose heartbeat
 * stopped for {@code platform.imports.stale-after} (1 minute by default) lost the instance holding it (a crash, a
 * redeployment): it is declared FAILED, INTERRUPTED, on the spot, and since its profiles are written in one
 * transaction that never committed, nobody was created. {@link FailInterruptedImports} does the same for every job,
 * read or not.
 */
@Singleton
public class ImportJobs {

    static final String LOST = "L'import a été interrompu : le service qui le traitait s'est arrêté (redémarrage ou "
            + "panne). Aucun salarié n'a été créé. Relancez-le avec le même fichier.";

    private final EmployeeImportJobs jobs;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration staleAfter;

    ImportJobs(EmployeeImportJobs jobs, JsonMapper json, Clock clock,
               @Value("${platform.imports.stale-after:1m}") Duration staleAfter) {
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** The job, if it belongs to this employer. */
    @Transactional
    public Optional<ImportJobView> find(long employerId, long jobId) {
        Optional<EmployeeImportJobRow> found = jobs.findByIdAndEmployerId(jobId, employerId);
        if (found.isPresent() && found.get().status() == Status.RUNNING) {
            Instant now = clock.instant();
            Instant silentSince = now.minus(staleAfter);
            if (found.get().heartbeatAt().isBefore(silentSince)
                    && jobs.failIfSilentSince(jobId, silentSince, LOST, now) == 1) {
                found = jobs.findByIdAndEmployerId(jobId, employerId);
            }
        }
        return found.map(this::view);
    }

    ImportJobView view(EmployeeImportJobRow row) {
        return new ImportJobView(row.id(), row.status().name(), row.totalLines(), row.processedLines(),
                row.report() == null ? null : report(row.report()), row.failure(), row.failureCode(), row.createdAt(),
                row.finishedAt());
    }

    String json(ImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an import report", e);
        }
    }

    private ImportReport report(String stored) {
        try {
            return json.readValue(stored, Argument.of(ImportReport.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report of an import job", e);
        }
    }
}
