package org.openbenefits.contract.api.me;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Asks to change the signed-in person's sign-in e-mail address, which needs their current password. Nothing changes
 * until the link e-mailed to the new address is opened (see {@link PendingEmailChange}).
 *
 * @param currentPassword the password in use now
 * @param newEmail        the new sign-in address
 */
@Serdeable
public record EmailChangeRequest(
        @NotBlank(message = "Indiquez votre mot de passe actuel.")
        @Size(max = 1024, message = "Le mot de passe compte au plus 1024 caractères.")
        @Schema(format = "password")
        String currentPassword,
        @NotBlank(message = "Indiquez la nouvelle adresse e-mail.")
        @Email(message = "Cette adresse e-mail n'est pas valide : vérifiez-la (exemple : prenom.nom@entreprise.fr).")
        @Size(max = 254, message = "L'adresse e-mail compte au plus 254 caractères.")
        @Schema(example = "camille.martin@example.org")
        String newEmail) {

    @Override
    public String toString() {
        return "EmailChangeRequest[currentPassword=***, newEmail=***]";
    }
}
