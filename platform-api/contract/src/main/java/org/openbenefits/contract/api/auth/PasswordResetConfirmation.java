package org.openbenefits.contract.api.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Sets a new password with the single-use token of a reset link ({@code ...?jeton=<token>}).
 *
 * @param token       the token from the link
 * @param newPassword the chosen password, checked against the password rules
 */
@Serdeable
public record PasswordResetConfirmation(
        @NotBlank(message = "{link.invalid-or-expired}")
        @Size(max = 200, message = "{link.invalid-or-expired}")
        String token,
        @NotBlank(message = "{field.required}")
        @Size(max = 1024, message = "{field.too-long}")
        @Schema(format = "password")
        String newPassword) {

    @Override
    public String toString() {
        return "PasswordResetConfirmation[token=***, newPassword=***]";
    }
}
