package org.openbenefits.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.openbenefits.contract.token.AccessTokenClaims;
import org.openbenefits.contract.token.AccessTokenFormat;
import org.openbenefits.contract.token.AccessTokenSigner;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.account.UserAccountRow;

/**
 * Issues the short-lived access token that callers send as {@code Authorization: Bearer ...} (ES256, with the key id
 * of the signing key; {@link AccessTokenFormat}), and reads a checked one back into a {@link CurrentUser}. Claims:
 * {@code sub} = account id, {@code roles}, {@code employerId} (absent for staff), {@code sid} (the session),
 * {@code email}, {@code name} and {@code lang}. Only the first four decide what the caller may do, and
 * {@link AccessTokenValidator} confirms them against the account on every request; the others are for display and
 * may lag behind a change until the next refresh.
 */
@Singleton
public class AccessTokens {

    private final AccessTokenSigner signer;
    private final Clock clock;
    private final Duration lifetime;

    AccessTokens(SigningKeys keys, Clock clock,
                 @Value("${platform.security.access-token-lifetime:15m}") Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(AccessTokenFormat.LONGEST_LIFETIME) > 0) {
            throw new StartupRefusal("ACCESS_TOKEN_LIFETIME must be positive and at most "
                    + AccessTokenFormat.LONGEST_LIFETIME.toMinutes() + " minutes, not " + lifetime);
        }
        this.signer = new AccessTokenSigner(keys.signingKey());
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A signed access token for the account in one of its sessions, valid for {@link #lifetimeSeconds()}. */
    public String issue(UserAccountRow account, String sessionId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return signer.sign(new AccessTokenClaims(account.id(), account.role().name(), account.employerId(), sessionId,
                account.email(), (account.firstName() + " " + account.lastName()).strip(), account.language(),
                now, now.plus(lifetime)));
    }

    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    /** The authentication Micronaut Security keeps for a checked token. */
    static Authentication authentication(AccessTokenClaims claims) {
        Map<String, Object> attributes = claims.employerId() == null
                ? Map.of(AccessTokenFormat.SESSION_ID, claims.sessionId())
                : Map.of(AccessTokenFormat.SESSION_ID, claims.sessionId(), AccessTokenFormat.EMPLOYER_ID, claims.employerId());
        return Authentication.build(Long.toString(claims.accountId()), List.of(claims.role()), attributes);
    }

    /** The caller a checked token names; empty if its claims are not ours (then the caller is treated as anonymous). */
    static Optional<CurrentUser> currentUser(Authentication authentication) {
        try {
            long id = Long.parseLong(authentication.getName());
            Role role = authentication.getRoles().stream().map(Role::valueOf).findFirst().orElse(null);
            if (role == null) {
                return Optional.empty();
            }
            Object employer = authentication.getAttributes().get(AccessTokenFormat.EMPLOYER_ID);
            Long employerId = employer instanceof Number number ? Long.valueOf(number.longValue()) : null;
            return Optional.of(new CurrentUser(id, role, employerId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
