package org.openbenefits.portalcommon.session;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;

/**
 * The person a portal request comes from, read from the platform-api access token the session cookie holds.
 *
 * @param id          the user account id (the token's subject)
 * @param role        {@code EMPLOYEE}, {@code HR_MANAGER}, {@code SUPPORT_AGENT} or {@code PLATFORM_ADMIN}
 * @param employerId  the person's employer; null for platform staff
 * @param email       the sign-in e-mail address
 * @param name        first and last name, as the header shows them
 * @param language    {@code fr} or {@code en}
 * @param accessToken the bearer token passed on to platform-api
 * @param expiresAt   when the access token stops being accepted
 */
public record SignedInUser(long id, String role, @Nullable Long employerId, String email, String name,
                           String language, String accessToken, Instant expiresAt) {

    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String HR_MANAGER = "HR_MANAGER";
    public static final String SUPPORT_AGENT = "SUPPORT_AGENT";
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    /** Platform staff: support agents and platform admins, who belong to no employer. */
    public boolean isStaff() {
        return SUPPORT_AGENT.equals(role) || PLATFORM_ADMIN.equals(role);
    }

    public boolean hasRole(String wanted) {
        return role.equals(wanted);
    }

    @Override
    public String toString() {
        return "SignedInUser[id=" + id + ", role=" + role + ", employerId=" + employerId + "]";
    }
}
