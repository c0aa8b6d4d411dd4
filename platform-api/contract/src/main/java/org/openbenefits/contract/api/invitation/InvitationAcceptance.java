package org.openbenefits.contract.api.invitation;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Accepts an invitation by choosing a password; the account becomes active and the person is signed in.
 *
 * @param password the chosen password, checked against the password rules
 */
@Serdeable
public record InvitationAcceptance(
        @NotBlank(message = "{field.required}")
        @Size(max = 1024, message = "{field.too-long}")
        @Schema(format = "password")
        String password) {

    @Override
    public String toString() {
        return "InvitationAcceptance[password=***]";
    }
}
