package org.openbenefits.platform.employee;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.employee.EmployeeCsv.Line;
import org.openbenefits.platform.security.CurrentUser;

/**
 * An HR manager checks a CSV file line by line before importing it; nothing is written. Synchronous: it is quick. The
 * file is read a step at a time and the report keeps the first errors only ({@link ImportTally}); at most
 * {@code platform.imports.concurrent-previews} (2) previews run at once per instance, each holding its file and what
 * it saw of it, and one more is told to retry (import.previews-busy).
 */
@Singleton
public class PreviewEmployeeImport {

    /** What the preview found, or {@link Declined}: a file refused whole ({@link AdmitImportFile}), or too busy. */
    public sealed interface Result permits Reported, Declined {
    }

    public record Reported(ImportSummary report) implements Result {
    }

    /** How long a preview refused for lack of room waits before trying again. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

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
            case Declined refused -> refused;
            case AdmitImportFile.Admitted admitted -> {
                if (!running.tryAcquire()) {
                    yield new Declined(Refusal.of(EmployeeRefusal.PREVIEWS_BUSY, "seconds", RETRY_AFTER.toSeconds())
                            .retryAfter(RETRY_AFTER));
                }
                try {
                    yield new Reported(check(hr.requireEmployerId(), csv));
                } finally {
                    running.release();
                }
            }
        };
    }

    private ImportSummary check(long employerId, byte[] csv) {
        EmployeeCsv.Rows rows = EmployeeCsv.rows(csv);
        ImportChecks.SeenInFile seen = new ImportChecks.SeenInFile();
        ImportTally tally = new ImportTally(limits.maxListedErrors());
        for (List<Line> step = rows.next(RunImportJob.LINES_PER_STEP); !step.isEmpty();
             step = rows.next(RunImportJob.LINES_PER_STEP)) {
            tally.checked(step.size(), checks.check(employerId, step, seen));
        }
        return tally.summary();
    }
}
