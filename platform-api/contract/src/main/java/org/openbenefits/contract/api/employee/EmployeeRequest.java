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
 * e-tickets and, on creation, the address the invitation goes to. Each constraint's message is the field code of the
 * catalogue (docs/api/errors.md) that the API answers for it, worded in the request's language.
 */
@Serdeable
public record EmployeeRequest(
        @NotBlank(message = "{field.required}")
        @Size(max = 100, message = "{field.too-long}")
        String firstName,
        @NotBlank(message = "{field.required}")
        @Size(max = 100, message = "{field.too-long}")
        String lastName,
        @NotBlank(message = "{field.required}")
        @Email(message = "{field.invalid-email}")
        @Size(max = 254, message = "{field.too-long}")
        @Schema(example = "camille.martin@example.org")
        String workEmail,
        @NotBlank(message = "{field.required}")
        @Size(max = 50, message = "{field.too-long}")
        String employeeNumber,
        @Nullable @Size(max = 100, message = "{field.too-long}")
        String department,
        @Nullable @Size(max = 100, message = "{field.too-long}")
        String site,
        @Nullable @Valid @Schema(type = "object")
        PostalAddress address,
        @Nullable @Valid
        List<@Valid Child> children) {

    /** A postal address in France. */
    @Serdeable
    public record PostalAddress(
            @NotBlank(message = "{field.required}")
            @Size(max = 200, message = "{field.too-long}")
            String line1,
            @Nullable @Size(max = 200, message = "{field.too-long}")
            String line2,
            @NotBlank(message = "{field.required}")
            @Pattern(regexp = "[0-9]{5}", message = "{employee.postal-code-invalid}")
            String postalCode,
            @NotBlank(message = "{field.required}")
            @Size(max = 100, message = "{field.too-long}")
            String city) {
    }

    /** A child of the employee, for the children's events (Noël des enfants, rentrée scolaire). */
    @Serdeable
    public record Child(
            @NotBlank(message = "{field.required}")
            @Size(max = 100, message = "{field.too-long}")
            String firstName,
            @NotNull(message = "{field.required}")
            @PastOrPresent(message = "{employee.birth-date-in-future}")
            LocalDate birthDate) {
    }
}
