package org.openbenefits.contract.api.auth;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The signed-in person, as the portals show them.
 *
 * @param id         the user account id, also the access token's subject
 * @param email      the sign-in e-mail address
 * @param firstName  first name
 * @param lastName   last name
 * @param role       {@code EMPLOYEE}, {@code HR_MANAGER}, {@code SUPPORT_AGENT} or {@code PLATFORM_ADMIN}
 * @param employerId the employer the person belongs to; null for platform staff
 * @param language   the person's language, {@code fr} or {@code en}
 */
@Serdeable
public record UserSummary(
        long id,
        String email,
        String firstName,
        String lastName,
        @Schema(requiredMode = REQUIRED,
                allowableValues = {"EMPLOYEE", "HR_MANAGER", "SUPPORT_AGENT", "PLATFORM_ADMIN"})
        String role,
        @Nullable
        @Schema(description = "Absent for platform staff")
        Long employerId,
        @Schema(requiredMode = REQUIRED, allowableValues = {"fr", "en"})
        String language) {

    @Override
    public String toString() {
        return "UserSummary[id=" + id + ", role=" + role + ", employerId=" + employerId + "]";
    }
}
