package org.openbenefits.platform.employee;

import java.util.Arrays;
import java.util.Optional;

import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.Refusal;

/**
 * Why an import job FAILED, stored by name in employee_import_job.failure_code; the API shows the same names as the
 * job's {@code failureCode}, and its {@code failure} is the wording of the catalogue code of each.
 */
enum ImportFailure {
    /** The service running the import stopped (restart, crash) before it ended. */
    INTERRUPTED(Refusal.of(EmployeeRefusal.INTERRUPTED)),
    /** Too many imports were waiting: this one never started. */
    BUSY(Refusal.of(EmployeeRefusal.IMPORTS_BUSY, "seconds", 60L)),
    /** An unexpected error ended the import. */
    ERROR(Refusal.of(EmployeeRefusal.FAILED));

    private final Refusal refusal;

    ImportFailure(Refusal refusal) {
        this.refusal = refusal;
    }

    /** The reason, to be worded in the reader's language. */
    Refusal refusal() {
        return refusal;
    }

    /** The failure a stored code names; empty for a job failed before codes, or not failed. */
    static Optional<ImportFailure> named(String stored) {
        return Arrays.stream(values()).filter(failure -> failure.name().equals(stored)).findFirst();
    }
}
