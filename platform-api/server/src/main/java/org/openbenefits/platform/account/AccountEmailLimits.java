package org.openbenefits.platform.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.EmailSendingLimit;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * How many e-mails of a limited kind went to an account lately ({@code account_email_sent}), against the
 * {@link EmailSendingLimit} of each kind: password-reset links
 * ({@code platform.security.email-limits.password-resets-per-hour}, 3 by default) and invitations re-sent by HR
 * ({@code platform.security.email-limits.invitation-resends-per-hour}, 3 by default). The caller holds the account's
 * row lock ({@link UserAccounts#lockById}), so that two requests at once cannot both take the last place.
 */
@Singleton
public class AccountEmailLimits {

    /** The kinds of e-mail limited per account. */
    public enum Kind {
        PASSWORD_RESET,
        INVITATION_RESENT
    }

    private final Jdbc jdbc;
    private final Clock clock;
    private final EmailSendingLimit passwordResets;
    private final EmailSendingLimit invitationResends;

    AccountEmailLimits(Jdbc jdbc, Clock clock,
                       @Value("${platform.security.email-limits.password-resets-per-hour:3}") int passwordResets,
                       @Value("${platform.security.email-limits.invitation-resends-per-hour:3}") int invitationResends) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.passwordResets = new EmailSendingLimit(passwordResets, Duration.ofHours(1));
        this.invitationResends = new EmailSendingLimit(invitationResends, Duration.ofHours(1));
    }

    /** Empty when one more e-mail of this kind may go to the account now; otherwise when the next one may. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<Instant> nextAllowedAt(long accountId, Kind kind) {
        Instant now = clock.instant();
        EmailSendingLimit limit = limit(kind);
        List<Instant> sent = jdbc.list("""
                SELECT sent_at FROM account_email_sent WHERE user_account_id = ? AND kind = ? AND sent_at > ?""",
                row -> Jdbc.instant(row, "sent_at"), accountId, kind.name(), now.minus(limit.per()));
        return limit.nextAllowedAt(sent, now);
    }

    /** Records that an e-mail of this kind went to the account now, and forgets those that no longer count. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(long accountId, Kind kind) {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM account_email_sent WHERE user_account_id = ? AND kind = ? AND sent_at <= ?",
                accountId, kind.name(), now.minus(limit(kind).per()));
        jdbc.update("INSERT INTO account_email_sent (user_account_id, kind, sent_at) VALUES (?, ?, ?)",
                accountId, kind.name(), now);
    }

    private EmailSendingLimit limit(Kind kind) {
        return switch (kind) {
            case PASSWORD_RESET -> passwordResets;
            case INVITATION_RESENT -> invitationResends;
        };
    }
}
