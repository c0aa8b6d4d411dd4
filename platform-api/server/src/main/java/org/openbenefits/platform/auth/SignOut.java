package org.openbenefits.platform.auth;

import java.time.Clock;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.platform.auth.RefreshTokenRow.Revocation;
import org.openbenefits.platform.security.SecretTokens;

/**
 * Ends the session a refresh token belongs to, server-side: no token of its family works afterwards. The access
 * token in the caller's hands lives on until it expires, which is why it is short-lived.
 */
@Singleton
public class SignOut {

    private final RefreshTokens refreshTokens;
    private final Clock clock;

    SignOut(RefreshTokens refreshTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    /** Idempotent: an unknown or already revoked token changes nothing. */
    @Transactional
    public void signOut(String refreshToken) {
        refreshTokens.lockByTokenHash(SecretTokens.hash(refreshToken)).ifPresent(token ->
                refreshTokens.revokeFamily(token.familyId(), clock.instant(), Revocation.SIGNED_OUT.name()));
    }
}
