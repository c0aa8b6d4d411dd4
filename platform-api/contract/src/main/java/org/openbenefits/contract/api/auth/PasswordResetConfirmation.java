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
        @NotBlank(message = "Le lien de réinitialisation est incomplet : demandez-en un nouveau.")
        @Size(max = 200, message = "Ce lien n'est pas valide : demandez-en un nouveau.")
        String token,
        @NotBlank(message = "Choisissez un nouveau mot de passe.")
        @Size(max = 1024, message = "Le mot de passe compte au plus 1024 caractères.")
        @Schema(format = "password")
        String newPassword) {

    @Override
    public String toString() {
        return "PasswordResetConfirmation[token=***, newPassword=***]";
    }
}
