package org.openbenefits.platform.employee;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.platform.employee.EmployeeCsv.Line;
import org.openbenefits.platform.security.CurrentUser;

/**
 * An HR manager checks a CSV file line by line before importing it; nothing is written. Synchronous: it is quick. The
 * file is read a step at a time and the report keeps the first errors only ({@link ImportTally}); at most
 * {@code platform.imports.concurrent-previews} (2) previews run at once per instance, each holding its file and what
 * it saw of it, and one more is told to retry (IMPORTS_BUSY).
 */
@Singleton
public class PreviewEmployeeImport {

    /** What the preview found. */
    public sealed interface Result permits Reported, Busy, FileRefusal {
    }

    public record Reported(ImportReport report) implements Result {
    }

    /** Too many previews run already; retry after {@code retryAfter}. */
    public record Busy(Duration retryAfter) implements Result {
    }

    static final String BUSY = "Trop de fichiers sont en cours de vérification : réessayez dans quelques secondes.";

    private final AdmitImportFile admit;
    private final ImportChecks checks;
    private final ImportLimits limits;
    private final Semaphore running;

    PreviewEmployeeImport(AdmitImportFile admit, ImportChecks checks, ImportLimits limits,
                          @Value("${platform.imports.concurrent-previews:2}") int concurrentPreviews) {
        this.admit = admit;
        this.checks = checks;
        this.limits = limits;
        this.running = new Semaphore(concurrentPreviews);
    }

    @Transactional(readOnly = true)
    public Result preview(CurrentUser hr, byte[] csv) {
        return switch (admit.admit(csv)) {
            case FileRefusal refusal -> refusal;
            case AdmitImportFile.Admitted admitted -> {
                if (!running.tryAcquire()) {
                    yield new Busy(Duration.ofSeconds(10));
                }
                try {
                    yield new Reported(check(hr.requireEmployerId(), csv));
                } finally {
                    running.release();
                }
            }
        };
    }

    private ImportReport check(long employerId, byte[] csv) {
        EmployeeCsv.Rows rows = EmployeeCsv.rows(csv);
        ImportChecks.SeenInFile seen = new ImportChecks.SeenInFile();
        ImportTally tally = new ImportTally(limits.maxListedErrors());
        for (List<Line> step = rows.next(RunImportJob.LINES_PER_STEP); !step.isEmpty();
             step = rows.next(RunImportJob.LINES_PER_STEP)) {
            tally.checked(step.size(), checks.check(employerId, step, seen));
        }
        return tally.report();
    }
}
