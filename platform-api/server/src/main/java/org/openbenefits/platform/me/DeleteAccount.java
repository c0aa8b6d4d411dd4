package org.openbenefits.platform.me;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.account.AccountTokens;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.auth.PasswordVerification;
import org.openbenefits.platform.auth.RefreshTokenRow.Revocation;
import org.openbenefits.platform.auth.Sessions;
import org.openbenefits.platform.employee.EmployeeChildren;
import org.openbenefits.platform.employee.EmployeeProfileRow;
import org.openbenefits.platform.employee.EmployeeProfiles;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.outbox.Outbox;
import org.openbenefits.platform.security.CurrentUser;

/**
 * An employee deletes their account (docs/domain-rules.md, "Personal data"), confirmed with their password, in one transaction: names become
 * "Anonyme", e-mail addresses and the employee number placeholders, address, delivery e-mail, department, site and
 * children are forgotten (with the children's names and birth dates kept for their per-child grants: the grants and
 * the ledger stay intact, and a deleted account receives no further campaign to judge per child), the password and every single-use link go, every session ends, and the e-mails still
 * held for their addresses in the outbox are dropped. The account row and its id stay, with the status DELETED, so
 * that accounting rows keep pointing at it and HR sees an anonymised line. The audit entry holds no personal data.
 */
@Singleton
public class DeleteAccount {

    /** The names of a deleted account. */
    public static final String ANONYMOUS = "Anonyme";

    /** How the request ended. */
    public sealed interface Result {
    }

    public record Deleted() implements Result {
    }

    public record WrongPassword() implements Result {
    }

    public record Locked(Instant until) implements Result {
    }

    /** Only employees delete their account themselves; HR managers and staff ask their employer or the platform. */
    public record NotAnEmployee() implements Result {
    }

    public record AlreadyDeleted() implements Result {
    }

    private final UserAccounts accounts;
    private final EmployeeProfiles profiles;
    private final EmployeeChildren children;
    private final AccountTokens links;
    private final PasswordVerification passwords;
    private final Sessions sessions;
    private final Outbox outbox;
    private final Audit audit;
    private final Jdbc jdbc;
    private final EmailChangeLinks emailChanges;
    private final Clock clock;

    DeleteAccount(UserAccounts accounts, EmployeeProfiles profiles, EmployeeChildren children, AccountTokens links,
                  PasswordVerification passwords, Sessions sessions, Outbox outbox, Audit audit, Jdbc jdbc,
                  EmailChangeLinks emailChanges, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.children = children;
        this.links = links;
        this.passwords = passwords;
        this.sessions = sessions;
        this.outbox = outbox;
        this.audit = audit;
        this.jdbc = jdbc;
        this.emailChanges = emailChanges;
        this.clock = clock;
    }

    /** The placeholder that replaces a deleted account's e-mail addresses: unique, and never deliverable. */
    public static String placeholderEmail(long accountId) {
        return "deleted-" + accountId + "@invalid";
    }

    /** A wrong password is counted towards the lockout like a wrong sign-in, and that count commits. */
    @Transactional
    public Result delete(CurrentUser user, String currentPassword) {
        UserAccountRow account = accounts.lockById(user.id()).orElseThrow();
        if (account.status() == AccountStatus.DELETED) {
            return new AlreadyDeleted();
        }
        if (account.role() != Role.EMPLOYEE) {
            return new NotAnEmployee();
        }
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
        long id = account.id();
        Instant now = clock.instant();
        Optional<EmployeeProfileRow> profile = profiles.findById(id);
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add(account.email());
        profile.ifPresent(row -> {
            addresses.add(row.workEmail());
            if (row.deliveryEmail() != null) {
                addresses.add(row.deliveryEmail());
            }
        });
        // A confirmation link still on its way to a new sign-in address goes with the rest.
        emailChanges.pending(id).ifPresent(pending -> addresses.add(pending.newEmail()));
        accounts.anonymise(id, placeholderEmail(id), ANONYMOUS);
        profile.ifPresent(row -> profiles.anonymise(id, "SUPPRIME-" + id, placeholderEmail(id), now));
        children.deleteByUserAccountId(id);
        jdbc.update("DELETE b FROM grant_beneficiary b JOIN allowance_grant g ON g.id = b.grant_id "
                + "WHERE g.employee_id = ?", id);
        // The cart holds this order's delivery e-mail and address: it goes too.
        jdbc.update("DELETE FROM cart_line WHERE employee_id = ?", id);
        jdbc.update("DELETE FROM cart WHERE employee_id = ?", id);
        links.deleteAllOf(id);
        emailChanges.forgetMails(id);
        sessions.endAll(id, Revocation.ACCOUNT_DELETED);
        passwords.forgetFailures(id);
        outbox.forgetKeyedBy(List.copyOf(addresses));
        audit.record(id, account.employerId(), AuditAction.ACCOUNT_DELETED, Audit.personTarget(account.role(), id),
                "Compte supprimé à la demande de la personne ; données personnelles anonymisées.");
        return new Deleted();
    }
}
