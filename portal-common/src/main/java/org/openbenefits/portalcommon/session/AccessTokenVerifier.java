package org.openbenefits.portalcommon.session;

import java.time.Clock;
import java.util.Optional;

import jakarta.inject.Singleton;
import org.openbenefits.contract.token.AccessTokenClaims;

/**
 * Checks a platform-api access token (ES256, one of the keys platform-api publishes, issuer, audience, dates: the
 * contract's {@link org.openbenefits.contract.token.AccessTokenVerifier}) and reads the person it names. The portal
 * trusts nothing else in the cookie, and platform-api checks the same token again, with the account, on every call.
 */
@Singleton
public class AccessTokenVerifier {

    private final org.openbenefits.contract.token.AccessTokenVerifier verifier;

    AccessTokenVerifier(PlatformApiKeys keys, Clock clock) {
        this.verifier = new org.openbenefits.contract.token.AccessTokenVerifier(keys, clock);
    }

    /** The person the token names, if it is a valid access token of platform-api now. */
    public Optional<SignedInUser> verify(String token) {
        return verifier.verify(token).map(claims -> user(claims, token));
    }

    private static SignedInUser user(AccessTokenClaims claims, String token) {
        return new SignedInUser(claims.accountId(), claims.role(), claims.employerId(), claims.email(),
                claims.name().isBlank() ? claims.email() : claims.name(), claims.language(), token,
                claims.expiresAt());
    }
}
