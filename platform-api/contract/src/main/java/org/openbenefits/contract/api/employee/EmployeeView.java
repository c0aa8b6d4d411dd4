package org.openbenefits.contract.api.employee;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An employee profile as HR sees it.
 *
 * @param id     the employee's account id
 * @param status INVITED (invitation not accepted yet), ACTIVE, DEACTIVATED, or DELETED (the person deleted their
 *               account: names read "Anonyme", e-mail and employee number are placeholders)
 */
@Serdeable
public record EmployeeView(long id, String firstName, String lastName, String workEmail, String employeeNumber,
                           @Nullable String department, @Nullable String site,
                           @Nullable @Schema(type = "object") EmployeeRequest.PostalAddress address,
                           List<EmployeeRequest.Child> children,
                           @Schema(requiredMode = REQUIRED,
                                   allowableValues = {"INVITED", "ACTIVE", "DEACTIVATED", "DELETED"}) String status,
                           Instant createdAt) {

    public EmployeeView {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
