package org.openbenefits.admin.employees;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import org.openbenefits.contract.api.employee.EmployeeApiClient;
import org.openbenefits.contract.api.employee.EmployeeView;

/**
 * Finding one of the signed-in HR manager's employees. platform-api answers 404 for an unknown id and for another
 * employer's alike; the portal then shows its 404 page and reveals nothing more.
 */
final class EmployerEmployees {

    private EmployerEmployees() {
    }

    /** The employee, or the 404 page. */
    static EmployeeView find(EmployeeApiClient employees, long id) {
        return employees.get(id).orElseThrow(() -> notFound(id));
    }

    static HttpStatusException notFound(long id) {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "No employee " + id + " at this employer");
    }
}
