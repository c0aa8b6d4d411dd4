package org.openbenefits.contract.api.manager;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An HR manager invites another HR manager of the same employer. Each constraint's message is the field code of the
 * catalogue (docs/api/errors.md) that the API answers for it.
 */
@Serdeable
public record ManagerInvitationRequest(
        @NotBlank(message = "{field.required}")
        @Size(max = 100, message = "{field.too-long}")
        String firstName,
        @NotBlank(message = "{field.required}")
        @Size(max = 100, message = "{field.too-long}")
        String lastName,
        @NotBlank(message = "{field.required}")
        @Email(message = "{field.invalid-email}")
        @Size(max = 254, message = "{field.too-long}")
        String email) {
}
