package org.openbenefits.platform.employee;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of employee_profile: what HR knows of an employee at work, completed by the employee ("Mon profil"); keyed
 * by the employee's account id. {@code deliveryEmail} is null while the employee has not chosen one: e-tickets then
 * go to {@code workEmail}.
 */
@MappedEntity("employee_profile")
public record EmployeeProfileRow(
        @Id Long userAccountId,
        Long employerId,
        String employeeNumber,
        String workEmail,
        @Nullable String deliveryEmail,
        @Nullable String department,
        @Nullable String site,
        @Nullable String addressLine1,
        @Nullable String addressLine2,
        @Nullable String addressPostalCode,
        @Nullable String addressCity,
        @Nullable String addressCountry,
        Instant updatedAt) {

    /** Where e-tickets and e-cards go: the employee's choice, else the work e-mail HR entered. */
    public String effectiveDeliveryEmail() {
        return deliveryEmail == null ? workEmail : deliveryEmail;
    }

    /** Whether the row holds a postal address (the columns are all set, or all null). */
    public boolean hasAddress() {
        return addressLine1 != null;
    }
}
