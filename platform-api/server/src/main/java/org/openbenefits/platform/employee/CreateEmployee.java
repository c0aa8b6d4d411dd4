package org.openbenefits.platform.employee;

import java.time.Clock;
import java.time.Instant;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.invitation.InviteUser;
import org.openbenefits.platform.security.CurrentUser;

/**
 * An HR manager creates an employee: the account (INVITED, no password), the profile, the children, the invitation
 * e-mail (through the outbox) and the audit entry, all in one transaction.
 */
@Singleton
public class CreateEmployee {

    private final UserAccounts accounts;
    private final EmployeeProfiles profiles;
    private final ProfileWriter writer;
    private final InviteUser inviteUser;
    private final Audit audit;
    private final Clock clock;

    CreateEmployee(UserAccounts accounts, EmployeeProfiles profiles, ProfileWriter writer, InviteUser inviteUser,
                   Audit audit, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.writer = writer;
        this.inviteUser = inviteUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ProfileOutcome create(CurrentUser hr, EmployeeDetails details) {
        long employerId = hr.requireEmployerId();
        String email = EmailAddresses.normalise(details.workEmail());
        if (accounts.existsByEmail(email)) {
            return EmployeeRefusals.emailTaken();
        }
        String number = details.employeeNumber().strip();
        if (profiles.existsByEmployerIdAndEmployeeNumber(employerId, number)) {
            return EmployeeRefusals.numberTaken();
        }
        Instant now = clock.instant();
        UserAccountRow account = accounts.save(new UserAccountRow(null, employerId, email, null, Role.EMPLOYEE,
                details.firstName().strip(), details.lastName().strip(), AccountStatus.INVITED, "fr", now));
        writer.insert(account.id(), employerId, details, now);
        inviteUser.invite(account.id(), hr.id());
        audit.record(hr.id(), employerId, AuditAction.EMPLOYEE_CREATED, "employee:" + account.id(),
                "Matricule " + number);
        return new ProfileOutcome.Saved(account.id());
    }
}
