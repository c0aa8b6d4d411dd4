package org.openbenefits.contract.api.me;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Confirms a change of sign-in address with the single-use token of the link e-mailed to the new address
 * ({@code ...?jeton=<token>}).
 *
 * @param token the token from the link
 */
@Serdeable
public record EmailChangeConfirmation(
        @NotBlank(message = "{link.invalid-or-expired}")
        @Size(max = 200, message = "{link.invalid-or-expired}")
        String token) {

    @Override
    public String toString() {
        return "EmailChangeConfirmation[token=***]";
    }
}
