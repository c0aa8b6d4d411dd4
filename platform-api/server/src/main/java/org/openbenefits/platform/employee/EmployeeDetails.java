package org.openbenefits.platform.employee;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;

/**
 * An employee profile as HR enters it, to create or edit it: what {@link CreateEmployee} and {@link EditEmployee}
 * take, checked beforehand by the API's constraints (required fields, lengths, e-mail syntax, postal code, birth
 * dates).
 *
 * @param children the employee's children, in the order given; empty for none
 */
public record EmployeeDetails(String firstName, String lastName, String workEmail, String employeeNumber,
                              @Nullable String department, @Nullable String site, @Nullable Address address,
                              List<Child> children) {

    public EmployeeDetails {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A postal address in France. */
    public record Address(String line1, @Nullable String line2, String postalCode, String city) {
    }

    /** A child, for the children's events (Noël des enfants, rentrée scolaire). */
    public record Child(String firstName, LocalDate birthDate) {
    }
}
