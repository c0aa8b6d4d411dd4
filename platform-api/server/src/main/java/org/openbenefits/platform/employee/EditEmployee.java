package org.openbenefits.platform.employee;

import java.time.Clock;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.security.CurrentUser;

/**
 * An HR manager edits an employee's profile. The work e-mail is also the sign-in address while the invitation is
 * not accepted; once the person has activated the account, only they change their sign-in address (with their
 * password), and HR's change affects the work (default delivery) address only.
 */
@Singleton
public class EditEmployee {

    private final UserAccounts accounts;
    private final EmployeeProfiles profiles;
    private final ProfileWriter writer;
    private final Audit audit;
    private final Clock clock;

    EditEmployee(UserAccounts accounts, EmployeeProfiles profiles, ProfileWriter writer, Audit audit, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ProfileOutcome edit(CurrentUser hr, long employeeId, EmployeeDetails details) {
        long employerId = hr.requireEmployerId();
        Optional<EmployeeProfileRow> found = profiles.findByUserAccountIdAndEmployerId(employeeId, employerId);
        if (found.isEmpty()) {
            return EmployeeRefusals.notFound();
        }
        UserAccountRow account = accounts.lockById(employeeId).orElseThrow();
        if (account.status() == AccountStatus.DELETED) {
            return EmployeeRefusals.deleted();
        }
        String email = EmailAddresses.normalise(details.workEmail());
        boolean emailChanged = !email.equals(found.get().workEmail());
        if (emailChanged && accounts.findByEmail(email).filter(other -> other.id() != employeeId).isPresent()) {
            return EmployeeRefusals.emailTaken();
        }
        String number = details.employeeNumber().strip();
        if (profiles.existsByEmployerIdAndEmployeeNumberAndUserAccountIdNotEqual(employerId, number, employeeId)) {
            return EmployeeRefusals.numberTaken();
        }
        accounts.updateNames(employeeId, details.firstName().strip(), details.lastName().strip());
        if (emailChanged && account.status() == AccountStatus.INVITED) {
            accounts.updateEmail(employeeId, email);
        }
        writer.replace(found.get(), details, clock.instant());
        audit.record(hr.id(), employerId, AuditAction.EMPLOYEE_EDITED, "employee:" + employeeId,
                emailChanged ? "Profil modifié, nouvelle adresse professionnelle" : "Profil modifié");
        return new ProfileOutcome.Saved(employeeId);
    }
}
