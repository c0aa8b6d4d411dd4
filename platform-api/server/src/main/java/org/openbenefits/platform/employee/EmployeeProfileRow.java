package org.openbenefits.platform.employee;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of employee_profile: what HR knows of an employee at work; keyed by the employee's account id. */
@MappedEntity("employee_profile")
record EmployeeProfileRow(
        @Id Long userAccountId,
        Long employerId,
        String employeeNumber,
        String workEmail,
        @Nullable String department,
        @Nullable String site,
        @Nullable String addressLine1,
        @Nullable String addressLine2,
        @Nullable String addressPostalCode,
        @Nullable String addressCity,
        Instant updatedAt) {
}
