package org.openbenefits.contract.api.me;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A change of sign-in address that waits for its confirmation: the link e-mailed to the new address changes it when
 * it is opened, until {@code expiresAt}. Until then the person signs in with the old address.
 *
 * @param newEmail  the address that will sign in once confirmed, trimmed and in lower case
 * @param expiresAt when the confirmation link stops working
 */
@Serdeable
@Schema(description = "A change of sign-in address waiting for the link e-mailed to the new address")
public record PendingEmailChange(
        @Schema(requiredMode = REQUIRED, example = "camille.martin@example.org") String newEmail,
        Instant expiresAt) {

    @Override
    public String toString() {
        return "PendingEmailChange[newEmail=***, expiresAt=" + expiresAt + "]";
    }
}
