package org.openbenefits.contract.api.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Ends a session: its refresh token, and every token rotated from the same sign-in, are revoked.
 *
 * @param refreshToken the session's refresh token
 */
@Serdeable
public record SignOutRequest(
        @NotBlank(message = "{field.required}")
        @Size(max = 200, message = "{field.too-long}")
        String refreshToken) {

    @Override
    public String toString() {
        return "SignOutRequest[refreshToken=***]";
    }
}
