package org.openbenefits.platform.employee;

import java.time.LocalDate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of employee_child: one child of an employee, for the children's events. */
@MappedEntity("employee_child")
public record EmployeeChildRow(@Id @GeneratedValue @Nullable Long id, Long userAccountId, String firstName,
                        LocalDate birthDate) {
}
