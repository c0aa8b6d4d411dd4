package org.openbenefits.platform.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.domain.identity.PasswordPolicy;
import org.openbenefits.domain.identity.PasswordRule;
import org.openbenefits.platform.account.AccountTokenRow;
import org.openbenefits.platform.account.AccountTokenRow.Purpose;
import org.openbenefits.platform.account.AccountTokens;
import org.openbenefits.platform.account.PasswordHasher;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.auth.RefreshTokenRow.Revocation;
import org.openbenefits.platform.security.SecretTokens;

/**
 * Sets a new password with the token of a reset link. The link works once; the new password must meet the
 * {@link PasswordPolicy}; every open session of the account ends and every lock from wrong passwords is lifted, from
 * every client address (the old password is worth nothing to guessers any more).
 */
@Singleton
public class ResetPassword {

    /** How a reset ended. */
    public sealed interface Result {
    }

    public record PasswordChanged() implements Result {
    }

    /** Unknown, spent or expired link, or an account that is no longer active. */
    public record InvalidToken() implements Result {
    }

    /** The link is fine but the password is not; the link stays usable for a better one. */
    public record WeakPassword(List<PasswordRule> unmetRules) implements Result {
    }

    private final AccountTokens tokens;
    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final PasswordVerification passwords;
    private final SignInThrottles throttles;
    private final Sessions sessions;
    private final Clock clock;

    ResetPassword(AccountTokens tokens, UserAccounts accounts, PasswordHasher hasher, PasswordVerification passwords,
                  SignInThrottles throttles, Sessions sessions, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.hasher = hasher;
        this.passwords = passwords;
        this.throttles = throttles;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * @param clientKey the client's address as per-address limits count it: it becomes a known address of the
     *                  account, spared the sign-in lock that guessing from elsewhere may put on it
     */
    @Transactional
    public Result reset(String token, String newPassword, String clientKey) {
        Instant now = clock.instant();
        Optional<AccountTokenRow> found = tokens.lockByTokenHash(SecretTokens.hash(token), Purpose.PASSWORD_RESET.name())
                .filter(row -> row.usableAt(now));
        if (found.isEmpty()) {
            return new InvalidToken();
        }
        AccountTokenRow link = found.get();
        Optional<UserAccountRow> account = accounts.lockById(link.userAccountId())
                .filter(row -> row.status() == AccountStatus.ACTIVE);
        if (account.isEmpty()) {
            return new InvalidToken();
        }
        List<PasswordRule> unmet = PasswordPolicy.unmetRules(newPassword, account.get().email());
        if (!unmet.isEmpty()) {
            return new WeakPassword(unmet);
        }
        accounts.updatePassword(account.get().id(), hasher.hash(newPassword), AccountStatus.ACTIVE.name());
        tokens.markUsed(link.id(), now);
        // Whoever knew the old password may have asked to move the account to their own address: that ends here.
        tokens.deleteUnused(account.get().id(), Purpose.EMAIL_CHANGE.name());
        sessions.endAll(account.get().id(), Revocation.PASSWORD_RESET);
        passwords.forgetFailures(account.get().id());
        throttles.reset(EmailAddresses.normalise(account.get().email()), clientKey);
        return new PasswordChanged();
    }
}
