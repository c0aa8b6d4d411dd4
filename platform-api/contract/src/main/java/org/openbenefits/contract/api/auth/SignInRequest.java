package org.openbenefits.contract.api.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person types to sign in.
 *
 * @param email    the sign-in e-mail address, compared without case
 * @param password the password in clear, over TLS; never stored nor logged
 */
@Serdeable
public record SignInRequest(
        @NotBlank(message = "{field.required}")
        @Size(max = 254, message = "{field.too-long}")
        @Schema(example = "salarie@acme.example")
        String email,
        @NotBlank(message = "{field.required}")
        @Size(max = 1024, message = "{field.too-long}")
        @Schema(format = "password")
        String password) {

    @Override
    public String toString() {
        return "SignInRequest[email=***, password=***]";
    }
}
