package org.openbenefits.platform.employee;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.platform.security.CurrentUser;

/** An HR manager checks a CSV file line by line before importing it; nothing is written. Synchronous: it is quick. */
@Singleton
public class PreviewEmployeeImport {

    /** What the preview found. */
    public sealed interface Result {
    }

    public record Reported(ImportReport report) implements Result {
    }

    /** The file cannot be read at all; {@code reason} is a French sentence. */
    public record Unreadable(String reason) implements Result {
    }

    private final ImportChecks checks;

    PreviewEmployeeImport(ImportChecks checks) {
        this.checks = checks;
    }

    @Transactional(readOnly = true)
    public Result preview(CurrentUser hr, byte[] csv) {
        return switch (EmployeeCsv.read(csv)) {
            case EmployeeCsv.Unreadable unreadable -> new Unreadable(unreadable.reason());
            case EmployeeCsv.Lines read -> {
                ImportChecks.Checked checked = checks.check(hr.requireEmployerId(), read.lines());
                yield new Reported(new ImportReport(read.lines().size(), checked.valid().size(), 0, checked.errors()));
            }
        };
    }
}
