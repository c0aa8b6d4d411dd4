package org.openbenefits.platform.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.contract.token.AccessTokenClaims;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * Whether the account and session an access token names may still act: the account active, with the role and the
 * employer the token claims, and the session not ended (signed out, reused refresh token, password reset, account
 * deactivated). Looked up at most once per session every {@code platform.security.account-check-interval} (2 s by
 * default) on each instance, so that a deactivation or a sign-out stops every token within seconds while a burst of
 * requests costs one query.
 */
@Singleton
public class AccountStandings {

    /** Beyond this many remembered sessions, the whole memory is dropped and rebuilt as requests come. */
    private static final int REMEMBERED_SESSIONS = 50_000;

    private static final String STANDING = """
            SELECT a.status, a.role, a.employer_id,
                   EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = ? AND t.user_account_id = a.id) AS known,
                   EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = ? AND t.user_account_id = a.id
                           AND t.revoked_reason IS NOT NULL AND t.revoked_reason <> 'ROTATED') AS ended
            FROM user_account a WHERE a.id = ?""";

    /** What the database said of one account and session. */
    record Standing(String status, String role, @Nullable Long employerId, boolean sessionOpen) {

        boolean allows(AccessTokenClaims claims) {
            return "ACTIVE".equals(status) && sessionOpen && role.equals(claims.role())
                    && java.util.Objects.equals(employerId, claims.employerId());
        }
    }

    private record Remembered(Standing standing, long loadedAtNanos) {
    }

    private final ConcurrentMap<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Jdbc jdbc;
    private final long intervalNanos;

    AccountStandings(Jdbc jdbc, @Value("${platform.security.account-check-interval:2s}") Duration interval) {
        if (interval.isNegative() || interval.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new StartupRefusal("ACCOUNT_CHECK_INTERVAL must be between 0 and 1 minute, not " + interval);
        }
        this.jdbc = jdbc;
        this.intervalNanos = interval.toNanos();
    }

    /** The standing remembered from a recent look-up, if there is one; never queries. */
    Optional<Boolean> recentVerdict(AccessTokenClaims claims) {
        Remembered entry = remembered.get(key(claims));
        if (entry == null || System.nanoTime() - entry.loadedAtNanos() >= intervalNanos) {
            return Optional.empty();
        }
        return Optional.of(entry.standing().allows(claims));
    }

    /** Looks the account and session up (one query) and remembers the answer. */
    boolean allows(AccessTokenClaims claims) {
        Standing standing = jdbc.one(STANDING, row -> new Standing(row.getString(1), row.getString(2),
                        row.getObject(3) == null ? null : row.getLong(3), row.getBoolean(4) && !row.getBoolean(5)),
                claims.sessionId(), claims.sessionId(), claims.accountId())
                .orElse(new Standing("UNKNOWN", "", null, false));
        if (remembered.size() >= REMEMBERED_SESSIONS) {
            remembered.clear();
        }
        remembered.put(key(claims), new Remembered(standing, System.nanoTime()));
        return standing.allows(claims);
    }

    private static String key(AccessTokenClaims claims) {
        return claims.accountId() + "/" + claims.sessionId();
    }
}
