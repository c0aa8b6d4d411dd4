package org.openbenefits.contract.api.manager;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An HR manager invites another HR manager of the same employer. */
@Serdeable
public record ManagerInvitationRequest(
        @NotBlank(message = "Indiquez le prénom.")
        @Size(max = 100, message = "Le prénom compte au plus 100 caractères.")
        String firstName,
        @NotBlank(message = "Indiquez le nom.")
        @Size(max = 100, message = "Le nom compte au plus 100 caractères.")
        String lastName,
        @NotBlank(message = "Indiquez l'adresse e-mail professionnelle.")
        @Email(message = "Cette adresse e-mail n'est pas valide : vérifiez-la (exemple : prenom.nom@entreprise.fr).")
        @Size(max = 254, message = "L'adresse e-mail compte au plus 254 caractères.")
        String email) {
}
