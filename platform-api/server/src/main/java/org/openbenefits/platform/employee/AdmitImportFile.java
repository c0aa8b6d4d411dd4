package org.openbenefits.platform.employee;

import jakarta.inject.Singleton;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.Refusal;

/**
 * What a whole CSV file must pass before a preview or an import does any work: not larger than the import's limit,
 * readable (UTF-8, a header naming the required columns), and not more data lines than the limit. The lines are
 * counted by reading the file once without keeping any ({@link EmployeeCsv#scan}), so a refusal costs no memory. The
 * preview and the import refuse alike, before any work is queued and with nothing written.
 */
@Singleton
class AdmitImportFile {

    /** The verdict on a file: admitted, or {@link Declined} (import.csv-too-large, -unreadable, -too-many-lines). */
    sealed interface Admission permits Admitted, Declined {
    }

    /** The file may be imported; it has {@code lines} data lines. */
    record Admitted(int lines) implements Admission {
    }

    private final ImportLimits limits;

    AdmitImportFile(ImportLimits limits) {
        this.limits = limits;
    }

    Admission admit(byte[] csv) {
        if (csv.length > limits.maxFileBytes()) {
            return new Declined(tooLarge(limits.maxFileBytes()));
        }
        return switch (EmployeeCsv.scan(csv)) {
            case EmployeeCsv.Unreadable unreadable ->
                    new Declined(Refusal.of(EmployeeRefusal.CSV_UNREADABLE).withField(unreadable.reason()));
            case EmployeeCsv.Counted counted when counted.lines() > limits.maxLines() ->
                    new Declined(Refusal.of(EmployeeRefusal.CSV_TOO_MANY_LINES, "limit", (long) limits.maxLines(),
                            "found", (long) counted.lines()));
            case EmployeeCsv.Counted counted -> new Admitted(counted.lines());
        };
    }

    /** A file above the {@code limit} in bytes: the import's refusal, and the HTTP server's. */
    static Refusal tooLarge(long limit) {
        return Refusal.of(EmployeeRefusal.CSV_TOO_LARGE, "limit", limit);
    }
}
