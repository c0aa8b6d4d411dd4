package org.openbenefits.platform.me;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.auth.PasswordVerification;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.notification.PortalLinks;
import org.openbenefits.platform.outbox.Outbox;

/**
 * The signed-in person asks to sign in with another address. Needs the current password (a wrong one counts towards
 * the lockout like a wrong sign-in). Nothing changes yet: a confirmation link goes to the new address
 * ({@link EmailChangeLinks}), and the current address is told in the same transaction ({@code email-change-requested},
 * the new address masked), so that a hijacked session cannot move the account silently. The link does the change
 * ({@link ConfirmEmailChange}).
 */
@Singleton
public class RequestEmailChange {

    public static final String NOTICE_TEMPLATE = "email-change-requested";
    /** Where the notice sends whoever did not ask: choosing a new password also cancels the change. */
    static final String PASSWORD_FORGOTTEN_PATH = "/mot-de-passe/oublie";

    /** How the request ended. */
    public sealed interface Result {
    }

    /** The confirmation link left for the new address; the account still signs in with the old one. */
    public record Requested(PendingAddressChange pending) implements Result {
    }

    public record WrongPassword() implements Result {
    }

    public record Locked(Instant until) implements Result {
    }

    /** Another account signs in with the new address. */
    public record EmailTaken() implements Result {
    }

    /** The new address is the current one. */
    public record Unchanged() implements Result {
    }

    /** Too many confirmation e-mails for this account lately: one more may leave from {@code from}. */
    public record TooManyMails(Instant from) implements Result {
    }

    private final UserAccounts accounts;
    private final PasswordVerification passwords;
    private final EmailChangeLinks links;
    private final Outbox outbox;
    private final PortalLinks portals;
    private final Audit audit;
    private final Clock clock;

    RequestEmailChange(UserAccounts accounts, PasswordVerification passwords, EmailChangeLinks links, Outbox outbox,
                       PortalLinks portals, Audit audit, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.links = links;
        this.outbox = outbox;
        this.portals = portals;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result request(long accountId, String currentPassword, String newEmail) {
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
            return new Unchanged();
        }
        if (accounts.existsByEmail(email)) {
            return new EmailTaken();
        }
        return switch (links.send(account, email)) {
            case EmailChangeLinks.TooMany tooMany -> new TooManyMails(tooMany.from());
            case EmailChangeLinks.Sent sent -> {
                tellTheCurrentAddress(account, email);
                audit.record(account.id(), account.employerId(), AuditAction.EMAIL_CHANGE_REQUESTED,
                        Audit.personTarget(account.role(), account.id()),
                        "Lien de confirmation envoyé à la nouvelle adresse ; l'adresse de connexion ne change qu'à "
                                + "son ouverture.");
                yield new Requested(sent.pending());
            }
        };
    }

    private void tellTheCurrentAddress(UserAccountRow account, String newEmail) {
        outbox.append(new NotificationRequested(UUID.randomUUID(), account.email(), account.language(),
                NOTICE_TEMPLATE, Map.of(
                        "firstName", account.firstName(),
                        "newEmail", EmailAddresses.mask(newEmail),
                        "requestedAt", ParisFormats.dateTime(clock.instant()),
                        "link", portals.portalOf(account.role()) + PASSWORD_FORGOTTEN_PATH)));
    }
}
