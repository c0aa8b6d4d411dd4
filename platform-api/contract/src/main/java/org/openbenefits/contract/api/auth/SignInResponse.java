package org.openbenefits.contract.api.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new session: the answer to a sign-in, a refresh and an accepted invitation.
 *
 * @param accessToken  a JWT to send as {@code Authorization: Bearer ...}; short-lived
 * @param refreshToken an opaque token that buys a new pair once, at {@code /api/v1/auth/refresh}; keep it secret
 * @param expiresIn    seconds until the access token expires
 * @param user         who signed in
 */
@Serdeable
public record SignInResponse(
        @Schema(description = "JWT bearer token, claims: sub (account id), roles, employerId (not for staff), email")
        String accessToken,
        @Schema(description = "Single-use opaque token, rotated by each refresh")
        String refreshToken,
        @Schema(description = "Seconds until the access token expires", example = "900")
        long expiresIn,
        UserSummary user) {

    @Override
    public String toString() {
        return "SignInResponse[accessToken=***, refreshToken=***, expiresIn=" + expiresIn + ", user=" + user + "]";
    }
}
