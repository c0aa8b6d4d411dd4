package org.openbenefits.contract.api.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * "Mot de passe oublié": asks for a reset link by e-mail. The answer never says whether the address is known.
 *
 * @param email    the sign-in e-mail address
 * @param language the language of the e-mail ({@code fr} or {@code en}); the account's language when absent
 */
@Serdeable
public record PasswordResetRequest(
        @NotBlank(message = "{field.required}")
        @Size(max = 254, message = "{field.too-long}")
        String email,
        @Nullable
        @Pattern(regexp = "fr|en", message = "{language.unknown}")
        @Schema(allowableValues = {"fr", "en"})
        String language) {

    @Override
    public String toString() {
        return "PasswordResetRequest[email=***, language=" + language + "]";
    }
}
