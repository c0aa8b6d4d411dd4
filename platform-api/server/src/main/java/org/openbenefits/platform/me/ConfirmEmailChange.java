package org.openbenefits.platform.me;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.platform.account.AccountTokenRow;
import org.openbenefits.platform.account.AccountTokenRow.Purpose;
import org.openbenefits.platform.account.AccountTokens;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.auth.RefreshTokenRow.Revocation;
import org.openbenefits.platform.auth.Sessions;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.outbox.Outbox;
import org.openbenefits.platform.security.SecretTokens;

/**
 * Uses the link e-mailed to a new sign-in address, which proves that the person receives mail there: the account
 * signs in with that address from now on, the link is deleted (so no former address stays behind), every session of
 * the account ends (the person signs in again with the new address), and the previous address is told
 * ({@code email-changed}, the new address masked). Whoever holds the link may use it, signed in or not.
 */
@Singleton
public class ConfirmEmailChange {

    public static final String CHANGED_TEMPLATE = "email-changed";

    /** How the confirmation ended. */
    public sealed interface Result {
    }

    /** The account now signs in with {@code email}. */
    public record Confirmed(String email) implements Result {
    }

    /** Unknown, replaced, cancelled, used or expired link, or an account that can no longer sign in. */
    public record InvalidToken() implements Result {
    }

    /** Another account took the address since the link was sent: nothing changed, and the link is spent. */
    public record EmailTaken() implements Result {
    }

    private final AccountTokens tokens;
    private final UserAccounts accounts;
    private final Sessions sessions;
    private final Outbox outbox;
    private final Audit audit;
    private final Clock clock;

    ConfirmEmailChange(AccountTokens tokens, UserAccounts accounts, Sessions sessions, Outbox outbox, Audit audit,
                       Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.sessions = sessions;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result confirm(String token) {
        String hash = SecretTokens.hash(token);
        Optional<Long> accountId = tokens.findByTokenHashAndPurpose(hash, Purpose.EMAIL_CHANGE)
                .map(AccountTokenRow::userAccountId);
        if (accountId.isEmpty()) {
            return new InvalidToken();
        }
        // The account first, then the link: the order of a new request or a cancellation, so that they take turns.
        Optional<UserAccountRow> account = accounts.lockById(accountId.get())
                .filter(row -> row.status() == AccountStatus.ACTIVE);
        Instant now = clock.instant();
        Optional<AccountTokenRow> link = tokens.lockByTokenHash(hash, Purpose.EMAIL_CHANGE.name())
                .filter(row -> row.usableAt(now) && row.newEmail() != null);
        if (account.isEmpty() || link.isEmpty()) {
            return new InvalidToken();
        }
        UserAccountRow person = account.get();
        String email = EmailAddresses.normalise(link.get().newEmail());
        tokens.deleteById(link.get().id());
        if (accounts.findByEmail(email).filter(other -> !other.id().equals(person.id())).isPresent()) {
            return new EmailTaken();
        }
        try {
            accounts.updateEmail(person.id(), email);
        } catch (DataAccessException e) {
            // Another account took the address between the check and the update (unique constraint).
            return new EmailTaken();
        }
        sessions.endAll(person.id(), Revocation.EMAIL_CHANGED);
        outbox.append(new NotificationRequested(UUID.randomUUID(), person.email(), person.language(),
                CHANGED_TEMPLATE, Map.of(
                        "firstName", person.firstName(),
                        "newEmail", EmailAddresses.mask(email),
                        "changedAt", ParisFormats.dateTime(now))));
        audit.record(person.id(), person.employerId(), AuditAction.EMAIL_CHANGE_CONFIRMED,
                Audit.personTarget(person.role(), person.id()),
                "Adresse de connexion changée par le lien de confirmation ; toutes les sessions sont fermées.");
        return new Confirmed(email);
    }
}
