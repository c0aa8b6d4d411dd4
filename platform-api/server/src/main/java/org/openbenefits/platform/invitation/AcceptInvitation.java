package org.openbenefits.platform.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.PasswordPolicy;
import org.openbenefits.domain.identity.PasswordRule;
import org.openbenefits.platform.account.AccountTokenRow;
import org.openbenefits.platform.account.AccountTokenRow.Purpose;
import org.openbenefits.platform.account.AccountTokens;
import org.openbenefits.platform.account.PasswordHasher;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.auth.OpenedSession;
import org.openbenefits.platform.auth.Sessions;
import org.openbenefits.platform.security.SecretTokens;

/**
 * Activates an invited account: the person chooses a password that meets the {@link PasswordPolicy}, the link is
 * spent, and they are signed in at once.
 */
@Singleton
public class AcceptInvitation {

    /** How an acceptance ended. */
    public sealed interface Result {
    }

    public record Accepted(OpenedSession session) implements Result {
    }

    /** The link cannot activate the account: unknown, spent or expired. */
    public record Refused(Invitations.Lookup reason) implements Result {
    }

    /** The link is fine but the password is not; the link stays usable. */
    public record WeakPassword(List<PasswordRule> unmetRules) implements Result {
    }

    private final AccountTokens tokens;
    private final UserAccounts accounts;
    private final Invitations invitations;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final Clock clock;

    AcceptInvitation(AccountTokens tokens, UserAccounts accounts, Invitations invitations, PasswordHasher hasher,
                     Sessions sessions, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.invitations = invitations;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    public Result accept(String token, String password) {
        Instant now = clock.instant();
        Optional<AccountTokenRow> link = tokens.lockByTokenHash(SecretTokens.hash(token), Purpose.INVITATION.name());
        Optional<UserAccountRow> found = link.flatMap(row -> accounts.lockById(row.userAccountId()));
        if (link.isEmpty() || found.isEmpty()) {
            return new Refused(new Invitations.NotFound());
        }
        UserAccountRow account = found.get();
        Invitations.Lookup state = invitations.check(link.get(), account, now);
        if (!(state instanceof Invitations.Valid)) {
            return new Refused(state);
        }
        List<PasswordRule> unmet = PasswordPolicy.unmetRules(password, account.email());
        if (!unmet.isEmpty()) {
            return new WeakPassword(unmet);
        }
        accounts.updatePassword(account.id(), hasher.hash(password), AccountStatus.ACTIVE.name());
        tokens.markUsed(link.get().id(), now);
        UserAccountRow active = new UserAccountRow(account.id(), account.employerId(), account.email(), null,
                account.role(), account.firstName(), account.lastName(), AccountStatus.ACTIVE, account.language(),
                account.createdAt());
        return new Accepted(sessions.open(active));
    }
}
