package org.openbenefits.platform.me;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.auth.UserSummary;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.platform.account.AccountSummaries;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.auth.PasswordVerification;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.outbox.Outbox;

/**
 * Changes the signed-in person's sign-in address. Needs the current password (a wrong one counts towards the
 * lockout like a wrong sign-in), and warns the old address by e-mail ({@code email-changed}), in the same
 * transaction, so that a hijacked session cannot take the account over silently.
 */
@Singleton
public class ChangeEmail {

    public static final String TEMPLATE = "email-changed";

    /** How the change ended. */
    public sealed interface Result {
    }

    /** Changed, or nothing to change; the access token keeps the old address until it is renewed. */
    public record Changed(UserSummary account) implements Result {
    }

    public record WrongPassword() implements Result {
    }

    public record Locked(Instant until) implements Result {
    }

    public record EmailTaken() implements Result {
    }

    private final UserAccounts accounts;
    private final PasswordVerification passwords;
    private final Outbox outbox;
    private final Clock clock;

    ChangeEmail(UserAccounts accounts, PasswordVerification passwords, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Result change(long accountId, String currentPassword, String newEmail) {
        UserAccountRow account = accounts.lockById(accountId).orElseThrow();
        switch (passwords.verify(account, currentPassword)) {
            case PasswordVerification.Wrong _ -> {
                return new WrongPassword();
            }
            case PasswordVerification.Locked locked -> {
                return new Locked(locked.until());
            }
            case PasswordVerification.Correct _ -> {
            }
        }
        String email = EmailAddresses.normalise(newEmail);
        if (email.equals(account.email())) {
            return new Changed(AccountSummaries.of(account));
        }
        if (accounts.existsByEmail(email)) {
            return new EmailTaken();
        }
        try {
            accounts.updateEmail(account.id(), email);
        } catch (DataAccessException e) {
            // Another account took the address between the check and the update (unique constraint).
            return new EmailTaken();
        }
        outbox.append(new NotificationRequested(UUID.randomUUID(), account.email(), account.language(), TEMPLATE,
                Map.of("firstName", account.firstName(),
                        "newEmail", EmailAddresses.mask(email),
                        "changedAt", ParisFormats.dateTime(clock.instant()))));
        return new Changed(AccountSummaries.of(new UserAccountRow(account.id(), account.employerId(), email,
                account.passwordHash(), account.role(), account.firstName(), account.lastName(), account.status(),
                account.language(), account.createdAt())));
    }
}
