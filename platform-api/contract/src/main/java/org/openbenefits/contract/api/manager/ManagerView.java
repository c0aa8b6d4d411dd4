package org.openbenefits.contract.api.manager;

import io.micronaut.serde.annotation.Serdeable;

/** An HR manager account, as another HR manager of the employer sees it. */
@Serdeable
public record ManagerView(long id, String firstName, String lastName, String email, String status) {
}
