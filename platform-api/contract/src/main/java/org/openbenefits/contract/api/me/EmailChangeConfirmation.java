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
        @NotBlank(message = "Le lien de confirmation est incomplet : ouvrez-le directement depuis l'e-mail.")
        @Size(max = 200, message = "Ce lien de confirmation n'est pas valable.")
        String token) {

    @Override
    public String toString() {
        return "EmailChangeConfirmation[token=***]";
    }
}
