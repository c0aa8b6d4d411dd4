package org.openbenefits.platform.employee;

import io.micronaut.http.HttpStatus;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.platform.web.ProblemException;

/** The answers to refusals about employees that several routes share. */
final class EmployeeProblems {

    private EmployeeProblems() {
    }

    /** The same answer for an unknown id and another employer's: existence is never revealed. */
    static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND,
                "Ce salarié n'existe pas, ou ne fait pas partie de votre entreprise.").titled("Salarié introuvable");
    }
}
