package org.openbenefits.platform.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Singleton;
import org.openbenefits.platform.account.AccountTokenRow;
import org.openbenefits.platform.account.AccountTokenRow.Purpose;
import org.openbenefits.platform.account.AccountTokens;
import org.openbenefits.platform.account.Employers;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.security.SecretTokens;

/** Finds invitations by the token of their link, for the activation page and the acceptance. */
@Singleton
public class Invitations {

    /** What a link's token leads to. */
    public sealed interface Lookup {
    }

    /** The invitation can still activate the account: who is invited, by which employer, until when. */
    public record Valid(String firstName, String email, String employerName, Instant expiresAt) implements Lookup {

        @Override
        public String toString() {
            return "Valid[expiresAt=" + expiresAt + "]";
        }
    }

    public record NotFound() implements Lookup {
    }

    public record Expired() implements Lookup {
    }

    /** The link was used, or the account activated otherwise. */
    public record AlreadyUsed() implements Lookup {
    }

    private final AccountTokens tokens;
    private final UserAccounts accounts;
    private final Employers employers;
    private final Clock clock;

    Invitations(AccountTokens tokens, UserAccounts accounts, Employers employers, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.employers = employers;
        this.clock = clock;
    }

    public Lookup find(String token) {
        Optional<AccountTokenRow> link = tokens.findByTokenHashAndPurpose(SecretTokens.hash(token), Purpose.INVITATION);
        Optional<UserAccountRow> account = link.flatMap(row -> accounts.findById(row.userAccountId()));
        if (link.isEmpty() || account.isEmpty() || account.get().status() == AccountStatus.DEACTIVATED) {
            return new NotFound();
        }
        return check(link.get(), account.get(), clock.instant());
    }

    /** The state of a found link and its account; {@link Valid} only if it can still activate the account. */
    Lookup check(AccountTokenRow link, UserAccountRow account, Instant now) {
        if (link.usedAt() != null || account.status() == AccountStatus.ACTIVE) {
            return new AlreadyUsed();
        }
        if (account.status() == AccountStatus.DEACTIVATED) {
            return new NotFound();
        }
        if (!now.isBefore(link.expiresAt())) {
            return new Expired();
        }
        return new Valid(account.firstName(), account.email(), employerName(account), link.expiresAt());
    }

    /** The employer's name; the platform's own name for staff, who belong to none. */
    String employerName(UserAccountRow account) {
        if (account.employerId() == null) {
            return InviteUser.PLATFORM_NAME;
        }
        return employers.findById(account.employerId()).orElseThrow().name();
    }
}
