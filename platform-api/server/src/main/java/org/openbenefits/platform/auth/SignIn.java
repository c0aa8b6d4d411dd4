package org.openbenefits.platform.auth;

import java.time.Instant;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;

/**
 * Signs a person in with e-mail and password. Wrong passwords are counted per e-mail address typed, whether or not an
 * account has it ({@link SignInThrottles}): an unknown address, an invitation not accepted yet and a wrong password
 * get the same answers (invalid, then locked after as many failures) after the same work (one password hash, the
 * same queries), locked or not, so that nobody learns which addresses have an account. The long lock holds only the
 * client address that guessed, so a stranger cannot lock a person out.
 */
@Singleton
public class SignIn {

    /** How a sign-in ended. */
    public sealed interface Result {
    }

    public record SignedIn(OpenedSession session) implements Result {
    }

    /**
     * Unknown address, wrong password, or an invitation not accepted yet: deliberately indistinguishable, so that
     * nobody learns which addresses have an account.
     */
    public record InvalidCredentials() implements Result {
    }

    /** Too many wrong passwords for this address (from this client, or from everywhere): known or not, alike. */
    public record Locked(Instant until) implements Result {
    }

    /** The password is right but the account was deactivated. */
    public record Deactivated() implements Result {
    }

    private final UserAccounts accounts;
    private final PasswordVerification passwords;
    private final SignInThrottles throttles;
    private final Sessions sessions;

    SignIn(UserAccounts accounts, PasswordVerification passwords, SignInThrottles throttles, Sessions sessions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttles = throttles;
        this.sessions = sessions;
    }

    /**
     * @param email     the address typed
     * @param password  the password typed
     * @param clientKey the client's address as per-address limits count it ({@code ClientAddresses#limitKey})
     */
    @Transactional
    public Result signIn(String email, String password, String clientKey) {
        String address = EmailAddresses.normalise(email);
        SignInThrottles.Attempt attempt = throttles.begin(address, clientKey);
        // An invitation not accepted has no password: saying "not activated" would tell who was invited.
        Optional<UserAccountRow> account = accounts.findByEmail(address)
                .filter(found -> found.status() != AccountStatus.INVITED);
        Optional<Instant> locked = throttles.lockedUntil(attempt);
        if (locked.isPresent()) {
            passwords.imitateCheck(password);
            return new Locked(locked.get());
        }
        if (!passwords.matches(account.orElse(null), password)) {
            return throttles.failed(attempt).<Result>map(Locked::new).orElseGet(InvalidCredentials::new);
        }
        UserAccountRow person = account.orElseThrow();
        if (person.status() != AccountStatus.ACTIVE) {
            return new Deactivated();
        }
        throttles.succeeded(attempt);
        return new SignedIn(sessions.open(person));
    }
}
