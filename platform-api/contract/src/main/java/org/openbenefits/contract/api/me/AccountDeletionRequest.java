package org.openbenefits.contract.api.me;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Asks for the deletion of the signed-in person's account, confirmed with their password. Irreversible: personal
 * data is anonymised, sign-in stops, every session ends.
 *
 * @param currentPassword the password in use now
 */
@Serdeable
public record AccountDeletionRequest(
        @NotBlank(message = "{field.required}")
        @Size(max = 1024, message = "{field.too-long}")
        @Schema(format = "password")
        String currentPassword) {

    @Override
    public String toString() {
        return "AccountDeletionRequest[currentPassword=***]";
    }
}
