package org.openbenefits.contract.api.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Asks for a new access token with the session's current refresh token, which is spent by the call.
 *
 * @param refreshToken the refresh token received last
 */
@Serdeable
public record RefreshRequest(
        @NotBlank(message = "{field.required}")
        @Size(max = 200, message = "{field.too-long}")
        String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[refreshToken=***]";
    }
}
