package org.openbenefits.platform.employee;

/**
 * Why a CSV file is refused as a whole, before any work is queued and with nothing written; the preview and the
 * import refuse alike ({@link AdmitImportFile}).
 */
public sealed interface FileRefusal extends AdmitImportFile.Admission, PreviewEmployeeImport.Result,
        ImportEmployees.Result {

    /** The file cannot be read at all; {@code reason} is a French sentence. */
    record Unreadable(String reason) implements FileRefusal {
    }

    /** The file has {@code found} bytes, more than the {@code limit}. */
    record TooLarge(long limit, long found) implements FileRefusal {
    }

    /** The file has {@code found} data lines, more than the {@code limit}. */
    record TooManyLines(int limit, int found) implements FileRefusal {
    }
}
