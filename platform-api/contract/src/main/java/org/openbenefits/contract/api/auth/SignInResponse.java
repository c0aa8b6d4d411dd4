package org.openbenefits.contract.api.auth;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new session: the answer to a sign-in, a refresh and an accepted invitation.
 *
 * @param accessToken  a JWT to send as {@code Authorization: Bearer ...}; short-lived. Claims: {@code sub},
 *                     {@code roles}, {@code employerId} (absent for staff), {@code email}, {@code name} (first and
 *                     last name) and {@code lang} ({@code fr} or {@code en})
 * @param refreshToken an opaque token that buys a new pair once, at {@code /api/v1/auth/refresh}; keep it secret
 * @param expiresIn    seconds until the access token expires
 * @param user         who signed in
 */
@Serdeable
public record SignInResponse(
        @Schema(requiredMode = REQUIRED,
                description = "JWT bearer token, claims: sub (account id), roles, employerId (not for staff), email, "
                + "name (first and last name, for the portal header) and lang (fr or en, the account's language). "
                + "name and lang are those of the moment the token was issued: a change shows after the next refresh.")
        String accessToken,
        @Schema(requiredMode = REQUIRED, description = "Single-use opaque token, rotated by each refresh")
        String refreshToken,
        @Schema(requiredMode = REQUIRED, description = "Seconds until the access token expires", example = "900")
        long expiresIn,
        UserSummary user) {

    @Override
    public String toString() {
        return "SignInResponse[accessToken=***, refreshToken=***, expiresIn=" + expiresIn + ", user=" + user + "]";
    }
}
