package org.openbenefits.platform.me;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.me.PersonalDataExport;
import org.openbenefits.platform.account.EmployerRow;
import org.openbenefits.platform.account.Employers;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.audit.AuditReader;
import org.openbenefits.platform.auth.Sessions;
import org.openbenefits.platform.auth.Sessions.Summary;
import org.openbenefits.platform.employee.EmployeeChildren;
import org.openbenefits.platform.employee.EmployeeProfiles;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.wallet.WalletReader;
import org.openbenefits.domain.identity.Role;

/**
 * Reads everything the platform keeps about the signed-in person, for their download (docs/domain-rules.md, "Personal data"): account without
 * password hash, employee profile, children, sessions without tokens, audit entries about them or by them, and for an
 * employee their allowances (grants, balances, latest movements), and the change of sign-in address waiting for
 * confirmation with its new address. Like an access log, the reading is itself audited (DATA_EXPORTED) in the same
 * transaction, after the entries were read: no export leaves unrecorded.
 */
@Singleton
public class PersonalDataReader {

    private final UserAccounts accounts;
    private final Employers employers;
    private final EmployeeProfiles profiles;
    private final EmployeeChildren children;
    private final Sessions sessions;
    private final Audit audit;
    private final AuditReader auditReader;
    private final WalletReader wallets;
    private final EmailChangeLinks emailChanges;
    private final Clock clock;

    PersonalDataReader(UserAccounts accounts, Employers employers, EmployeeProfiles profiles,
                       EmployeeChildren children, Sessions sessions, Audit audit, AuditReader auditReader,
                       WalletReader wallets, EmailChangeLinks emailChanges, Clock clock) {
        this.accounts = accounts;
        this.employers = employers;
        this.profiles = profiles;
        this.children = children;
        this.sessions = sessions;
        this.audit = audit;
        this.auditReader = auditReader;
        this.wallets = wallets;
        this.emailChanges = emailChanges;
        this.clock = clock;
    }

    /** The export; empty once the account was deleted. */
    @Transactional
    public Optional<PersonalDataExport> export(CurrentUser user) {
        Optional<UserAccountRow> found = accounts.findById(user.id())
                .filter(row -> row.status() != AccountStatus.DELETED);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserAccountRow account = found.get();
        Instant now = clock.instant();
        String target = Audit.personTarget(account.role(), account.id());
        PersonalDataExport export = new PersonalDataExport(now,
                new PersonalDataExport.Account(account.id(), account.email(), account.firstName(),
                        account.lastName(), account.role().name(), account.status().name(), account.language(),
                        account.createdAt(), account.employerId(), account.employerId() == null ? null
                                : employers.findById(account.employerId()).map(EmployerRow::name).orElse(null)),
                profiles.findById(account.id()).map(ProfileViews::exported).orElse(null),
                children.findByUserAccountIdOrderById(account.id()).stream()
                        .map(child -> new PersonalDataExport.Child(child.firstName(), child.birthDate())).toList(),
                sessions.history(account.id()).stream().map(PersonalDataReader::session).toList(),
                auditReader.concerning(account.id(), List.of(target)),
                account.role() == Role.EMPLOYEE ? wallets.wallet(account.id()) : null,
                emailChanges.pending(account.id()).map(ProfileViews::pending).orElse(null));
        audit.record(account.id(), account.employerId(), AuditAction.DATA_EXPORTED, target, null);
        return Optional.of(export);
    }

    private static PersonalDataExport.Session session(Summary session) {
        return new PersonalDataExport.Session(session.signedInAt(), session.lastRenewedAt(), session.expiresAt(),
                session.endReason());
    }
}
