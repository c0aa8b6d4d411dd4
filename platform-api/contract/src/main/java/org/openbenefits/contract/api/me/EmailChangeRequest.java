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
        @NotBlank(message = "{field.required}")
        @Size(max = 1024, message = "{field.too-long}")
        @Schema(format = "password")
        String currentPassword,
        @NotBlank(message = "{field.required}")
        @Email(message = "{field.invalid-email}")
        @Size(max = 254, message = "{field.too-long}")
        @Schema(example = "camille.martin@example.org")
        String newEmail) {

    @Override
    public String toString() {
        return "EmailChangeRequest[currentPassword=***, newEmail=***]";
    }
}
