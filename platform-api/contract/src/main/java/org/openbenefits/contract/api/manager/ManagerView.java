package org.openbenefits.contract.api.manager;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** An HR manager account, as another HR manager of the employer sees it. */
@Serdeable
public record ManagerView(long id, String firstName, String lastName, String email,
                          @Schema(requiredMode = REQUIRED,
                                  allowableValues = {"INVITED", "ACTIVE", "DEACTIVATED", "DELETED"})
                          String status) {
}
