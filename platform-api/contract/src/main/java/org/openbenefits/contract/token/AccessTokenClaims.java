package org.openbenefits.contract.token;

import java.time.Instant;
import java.util.Objects;

/**
 * What an access token says, once its signature and dates have been checked. Only {@code accountId}, {@code role},
 * {@code employerId} and {@code sessionId} decide what the caller may do; the others are for display.
 *
 * @param accountId  the account ({@code sub})
 * @param role       the account's role, e.g. {@code EMPLOYEE}
 * @param employerId the employer of an employee or HR manager; null for platform staff
 * @param sessionId  the sign-in the token belongs to ({@code sid})
 * @param email      the sign-in e-mail at the time the token was issued
 * @param name       first and last name, for page headers
 * @param language   {@code fr} or {@code en}
 * @param issuedAt   {@code iat}
 * @param expiresAt  {@code exp}
 */
public record AccessTokenClaims(long accountId, String role, Long employerId, String sessionId, String email,
                                String name, String language, Instant issuedAt, Instant expiresAt) {

    public AccessTokenClaims {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
