package org.openbenefits.contract.api.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A password being typed, to show which rules it meets already. Nothing is stored.
 *
 * @param password the candidate, possibly empty
 * @param email    the account's e-mail address, which the password must not contain; optional
 */
@Serdeable
public record PasswordCheckRequest(
        @NotNull(message = "Indiquez le mot de passe à vérifier.")
        @Size(max = 1024, message = "Le mot de passe compte au plus 1024 caractères.")
        @Schema(format = "password")
        String password,
        @Nullable
        @Size(max = 254, message = "L'adresse e-mail compte au plus 254 caractères.")
        String email) {

    @Override
    public String toString() {
        return "PasswordCheckRequest[password=***, email=***]";
    }
}
