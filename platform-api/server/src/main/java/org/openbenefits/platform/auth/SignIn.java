package org.openbenefits.platform.auth;

import java.time.Instant;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;

/**
 * Signs a person in with e-mail and password. An unknown address and a wrong password get the same answer after the
 * same work; repeated wrong passwords lock the account ({@link PasswordVerification}).
 */
@Singleton
public class SignIn {

    /** How a sign-in ended. */
    public sealed interface Result {
    }

    public record SignedIn(SignInResponse session) implements Result {
    }

    /**
     * Unknown address, wrong password, or an invitation not accepted yet: deliberately indistinguishable, so that
     * nobody learns which addresses have an account.
     */
    public record InvalidCredentials() implements Result {
    }

    public record Locked(Instant until) implements Result {
    }

    /** The password is right but the account was deactivated. */
    public record Deactivated() implements Result {
    }

    private final UserAccounts accounts;
    private final PasswordVerification passwords;
    private final Sessions sessions;

    SignIn(UserAccounts accounts, PasswordVerification passwords, Sessions sessions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    @Transactional
    public Result signIn(String email, String password) {
        Optional<UserAccountRow> found = accounts.findByEmail(EmailAddresses.normalise(email))
                .flatMap(account -> accounts.lockById(account.id()));
        if (found.isEmpty()) {
            passwords.imitateCheck(password);
            return new InvalidCredentials();
        }
        UserAccountRow account = found.get();
        if (account.status() == AccountStatus.INVITED) {
            // No password yet. Saying "not activated" would tell anyone which addresses were invited.
            passwords.imitateCheck(password);
            return new InvalidCredentials();
        }
        return switch (passwords.verify(account, password)) {
            case PasswordVerification.Locked locked -> new Locked(locked.until());
            case PasswordVerification.Wrong _ -> new InvalidCredentials();
            case PasswordVerification.Correct _ -> account.status() == AccountStatus.ACTIVE
                    ? new SignedIn(sessions.open(account))
                    : new Deactivated();
        };
    }
}
