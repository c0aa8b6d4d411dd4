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
        @NotNull(message = "{field.required}")
        @Size(max = 1024, message = "{field.too-long}")
        @Schema(format = "password")
        String password,
        @Nullable
        @Size(max = 254, message = "{field.too-long}")
        String email) {

    @Override
    public String toString() {
        return "PasswordCheckRequest[password=***, email=***]";
    }
}
