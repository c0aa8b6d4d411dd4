package org.openbenefits.platform.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.auth.RefreshTokenRow.Revocation;
import org.openbenefits.platform.security.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spends a refresh token for a new pair. Each refresh token works once: presenting a spent one again means two
 * parties hold it, so the whole session (family) is revoked and both must sign in again.
 */
@Singleton
public class RefreshSession {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshSession.class);

    /** How a refresh ended. */
    public sealed interface Result {
    }

    public record Refreshed(OpenedSession session) implements Result {
    }

    /** Unknown, expired or revoked token, or an account that can no longer sign in. */
    public record Refused() implements Result {
    }

    private final RefreshTokens refreshTokens;
    private final UserAccounts accounts;
    private final Sessions sessions;
    private final Clock clock;

    RefreshSession(RefreshTokens refreshTokens, UserAccounts accounts, Sessions sessions, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Refusals commit too: a detected reuse must stay revoked. */
    @Transactional
    public Result refresh(String refreshToken) {
        Instant now = clock.instant();
        Optional<RefreshTokenRow> found = refreshTokens.lockByTokenHash(SecretTokens.hash(refreshToken));
        if (found.isEmpty()) {
            return new Refused();
        }
        RefreshTokenRow token = found.get();
        if (token.revokedAt() != null) {
            if (token.revokedReason() == Revocation.ROTATED) {
                int revoked = refreshTokens.revokeFamily(token.familyId(), now, Revocation.REUSE_DETECTED.name());
                LOG.warn("A spent refresh token of account {} was presented again: its session is revoked ({} token(s))",
                        token.userAccountId(), revoked);
            }
            return new Refused();
        }
        if (!now.isBefore(token.expiresAt())) {
            return new Refused();
        }
        UserAccountRow account = accounts.findById(token.userAccountId()).orElseThrow();
        if (account.status() != AccountStatus.ACTIVE) {
            refreshTokens.revokeFamily(token.familyId(), now, Revocation.ACCOUNT_INACTIVE.name());
            return new Refused();
        }
        refreshTokens.revoke(token.id(), now, Revocation.ROTATED.name());
        return new Refreshed(sessions.continueFamily(account, token.familyId()));
    }
}
