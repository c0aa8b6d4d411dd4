package org.openbenefits.platform.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.auth.RefreshTokenRow.Revocation;
import org.openbenefits.platform.security.AccessTokens;
import org.openbenefits.platform.security.SecretTokens;

/**
 * Opens and ends sessions. A session is a short-lived access token plus a refresh token; the refresh tokens of one
 * sign-in form a family, so that a stolen and replayed token ends the whole session.
 */
@Singleton
public class Sessions {

    /**
     * One session of an account, for its personal data export: when it opened, when it was last renewed, until when
     * its refresh token works, and why it ended (a {@link Revocation} name), null while open or merely expired.
     */
    public record Summary(Instant signedInAt, Instant lastRenewedAt, Instant expiresAt, @Nullable String endReason) {
    }

    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final Clock clock;
    private final Duration refreshLifetime;

    Sessions(RefreshTokens refreshTokens, AccessTokens accessTokens, Clock clock,
             @Value("${platform.security.refresh-token-lifetime:12h}") Duration refreshLifetime) {
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.clock = clock;
        this.refreshLifetime = refreshLifetime;
    }

    /** A new session for an account that just proved who it is. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public OpenedSession open(UserAccountRow account) {
        return issue(account, UUID.randomUUID().toString());
    }

    /** The next pair of tokens of an existing session (after its previous refresh token was spent). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    OpenedSession continueFamily(UserAccountRow account, String familyId) {
        return issue(account, familyId);
    }

    /** Ends every session of the account, e.g. after its password was reset. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void endAll(long accountId, Revocation reason) {
        refreshTokens.revokeAllOfAccount(accountId, clock.instant(), reason.name());
    }

    /**
     * The account's sessions, oldest first, for its personal data export: one per sign-in (family of refresh
     * tokens), with when it opened, when it was last renewed, and why it ended; never a token nor its hash.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<Summary> history(long accountId) {
        Map<String, List<RefreshTokenRow>> families = new LinkedHashMap<>();
        for (RefreshTokenRow token : refreshTokens.findByUserAccountIdOrderById(accountId)) {
            families.computeIfAbsent(token.familyId(), family -> new ArrayList<>()).add(token);
        }
        return families.values().stream().map(Sessions::session).toList();
    }

    /** A family's tokens in id order: the first opened the session, the last is the latest renewal. */
    static Summary session(List<RefreshTokenRow> family) {
        RefreshTokenRow first = family.getFirst();
        RefreshTokenRow last = family.getLast();
        String endReason = last.revokedReason() == null || last.revokedReason() == Revocation.ROTATED
                ? null : last.revokedReason().name();
        return new Summary(first.issuedAt(), last.issuedAt(), last.expiresAt(), endReason);
    }

    private OpenedSession issue(UserAccountRow account, String familyId) {
        String refreshToken = SecretTokens.newToken();
        Instant now = clock.instant();
        refreshTokens.save(new RefreshTokenRow(null, SecretTokens.hash(refreshToken), familyId, account.id(), now,
                now.plus(refreshLifetime), null, null));
        return new OpenedSession(accessTokens.issue(account, familyId), refreshToken, accessTokens.lifetimeSeconds(),
                account);
    }
}
