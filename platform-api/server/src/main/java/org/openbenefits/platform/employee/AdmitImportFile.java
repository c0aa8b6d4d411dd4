package org.openbenefits.platform.employee;

import jakarta.inject.Singleton;

/**
 * What a whole CSV file must pass before a preview or an import does any work: not larger than the import's limit,
 * readable (UTF-8, a header naming the required columns), and not more data lines than the limit. The lines are
 * counted by reading the file once without keeping any ({@link EmployeeCsv#scan}), so a refusal costs no memory.
 */
@Singleton
class AdmitImportFile {

    /** The verdict on a file. */
    sealed interface Admission permits Admitted, FileRefusal {
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
            return new FileRefusal.TooLarge(limits.maxFileBytes(), csv.length);
        }
        return switch (EmployeeCsv.scan(csv)) {
            case EmployeeCsv.Unreadable unreadable -> new FileRefusal.Unreadable(unreadable.reason());
            case EmployeeCsv.Counted counted when counted.lines() > limits.maxLines() ->
                    new FileRefusal.TooManyLines(limits.maxLines(), counted.lines());
            case EmployeeCsv.Counted counted -> new Admitted(counted.lines());
        };
    }
}
