package org.openbenefits.contract.api.employee;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An employee profile as HR enters it, to create or edit it. The work e-mail is the default delivery address of
 * e-tickets and, on creation, the address the invitation goes to.
 */
@Serdeable
public record EmployeeRequest(
        @NotBlank(message = "Indiquez le prénom.")
        @Size(max = 100, message = "Le prénom compte au plus 100 caractères.")
        String firstName,
        @NotBlank(message = "Indiquez le nom.")
        @Size(max = 100, message = "Le nom compte au plus 100 caractères.")
        String lastName,
        @NotBlank(message = "Indiquez l'adresse e-mail professionnelle.")
        @Email(message = "Cette adresse e-mail n'est pas valide : vérifiez-la (exemple : prenom.nom@entreprise.fr).")
        @Size(max = 254, message = "L'adresse e-mail compte au plus 254 caractères.")
        @Schema(example = "camille.martin@example.org")
        String workEmail,
        @NotBlank(message = "Indiquez le matricule.")
        @Size(max = 50, message = "Le matricule compte au plus 50 caractères.")
        String employeeNumber,
        @Nullable @Size(max = 100, message = "Le service compte au plus 100 caractères.")
        String department,
        @Nullable @Size(max = 100, message = "Le site compte au plus 100 caractères.")
        String site,
        @Nullable @Valid
        PostalAddress address,
        @Nullable @Valid
        List<@Valid Child> children) {

    /** A postal address in France. */
    @Serdeable
    public record PostalAddress(
            @NotBlank(message = "Indiquez le numéro et la rue.")
            @Size(max = 200, message = "L'adresse compte au plus 200 caractères.")
            String line1,
            @Nullable @Size(max = 200, message = "Le complément d'adresse compte au plus 200 caractères.")
            String line2,
            @NotBlank(message = "Indiquez le code postal.")
            @Pattern(regexp = "[0-9]{5}", message = "Le code postal compte 5 chiffres.")
            String postalCode,
            @NotBlank(message = "Indiquez la ville.")
            @Size(max = 100, message = "La ville compte au plus 100 caractères.")
            String city) {
    }

    /** A child of the employee, for the children's events (Noël des enfants, rentrée scolaire). */
    @Serdeable
    public record Child(
            @NotBlank(message = "Indiquez le prénom de l'enfant.")
            @Size(max = 100, message = "Le prénom compte au plus 100 caractères.")
            String firstName,
            @NotNull(message = "Indiquez la date de naissance de l'enfant.")
            @PastOrPresent(message = "La date de naissance ne peut pas être dans le futur.")
            LocalDate birthDate) {
    }
}
