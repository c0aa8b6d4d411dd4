package org.openbenefits.platform.security;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.domain.identity.Role;

/**
 * The signed-in caller, taken from the access token. Declare it as a controller parameter; every query of employer
 * data is scoped by {@link #employerId()} from here, never by an id from the request (docs/domain-rules.md, "Tenancy and roles").
 *
 * @param id         the user account id (the token's subject)
 * @param role       the caller's role
 * @param employerId the caller's employer; null for platform staff
 */
public record CurrentUser(long id, Role role, @Nullable Long employerId) {

    /** Whether the caller is platform staff, who act across employers (and are audited). */
    public boolean isPlatformStaff() {
        return role.isPlatformStaff();
    }

    /** The caller's employer; a bug to ask for it on a staff caller, since their routes take the employer explicitly. */
    public long requireEmployerId() {
        if (employerId == null) {
            throw new IllegalStateException("Platform staff belong to no employer");
        }
        return employerId;
    }
}
