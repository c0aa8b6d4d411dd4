package org.openbenefits.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbenefits.platform.auth.RefreshTokenRow.Revocation;

/** How a family of refresh-token rows becomes one session of the account, as its personal data export tells it. */
class SessionHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    private static RefreshTokenRow token(long id, int minutes, Revocation revoked) {
        Instant issued = T0.plusSeconds(60L * minutes);
        return new RefreshTokenRow(id, "hash-" + id, "family", 42, issued, issued.plusSeconds(12 * 3600),
                revoked == null ? null : issued.plusSeconds(60), revoked);
    }

    @Test
    void a_session_opens_with_its_first_token_and_was_last_renewed_with_its_last() {
        Sessions.Summary session = Sessions.session(List.of(token(1, 0, Revocation.ROTATED),
                token(2, 15, Revocation.ROTATED), token(3, 30, null)));

        assertThat(session.signedInAt()).isEqualTo(T0);
        assertThat(session.lastRenewedAt()).isEqualTo(T0.plusSeconds(1800));
        assertThat(session.expiresAt()).isEqualTo(T0.plusSeconds(1800 + 12 * 3600));
        assertThat(session.endReason()).isNull();
    }

    @Test
    void a_session_that_ended_says_why() {
        Sessions.Summary session = Sessions.session(List.of(token(1, 0, Revocation.ROTATED),
                token(2, 15, Revocation.SIGNED_OUT)));

        assertThat(session.endReason()).isEqualTo("SIGNED_OUT");
    }
}
