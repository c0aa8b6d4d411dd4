package org.openbenefits.platform.employee;

import org.openbenefits.domain.refusal.Refusal;

/**
 * A use case of the employee area said no, and why: a refusal with its code, which the controller answers as
 * {@code application/problem+json}. Nothing was written.
 */
public record Declined(Refusal refusal) implements ProfileOutcome, PreviewEmployeeImport.Result,
        ImportEmployees.Result, AdmitImportFile.Admission {
}
