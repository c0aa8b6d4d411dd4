package org.openbenefits.platform.employee;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.auth.RefreshTokenRow.Revocation;
import org.openbenefits.platform.auth.Sessions;
import org.openbenefits.platform.security.CurrentUser;

/**
 * An HR manager deactivates an employee (who can no longer sign in: every session ends) or reactivates them (back to
 * ACTIVE if they had chosen a password, else to INVITED). A deleted account stays as it is.
 */
@Singleton
public class ChangeEmployeeStatus {

    private final UserAccounts accounts;
    private final EmployeeProfiles profiles;
    private final Sessions sessions;
    private final Audit audit;

    ChangeEmployeeStatus(UserAccounts accounts, EmployeeProfiles profiles, Sessions sessions, Audit audit) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Transactional
    public ProfileOutcome deactivate(CurrentUser hr, long employeeId) {
        long employerId = hr.requireEmployerId();
        if (profiles.findByUserAccountIdAndEmployerId(employeeId, employerId).isEmpty()) {
            return EmployeeRefusals.notFound();
        }
        UserAccountRow account = accounts.lockById(employeeId).orElseThrow();
        if (account.status() == AccountStatus.DELETED) {
            return EmployeeRefusals.deleted();
        }
        if (account.status() != AccountStatus.DEACTIVATED) {
            accounts.updateStatus(employeeId, AccountStatus.DEACTIVATED.name());
            sessions.endAll(employeeId, Revocation.ACCOUNT_INACTIVE);
            audit.record(hr.id(), employerId, AuditAction.EMPLOYEE_DEACTIVATED, "employee:" + employeeId, null);
        }
        return new ProfileOutcome.Saved(employeeId);
    }

    @Transactional
    public ProfileOutcome reactivate(CurrentUser hr, long employeeId) {
        long employerId = hr.requireEmployerId();
        if (profiles.findByUserAccountIdAndEmployerId(employeeId, employerId).isEmpty()) {
            return EmployeeRefusals.notFound();
        }
        UserAccountRow account = accounts.lockById(employeeId).orElseThrow();
        if (account.status() == AccountStatus.DELETED) {
            return EmployeeRefusals.deleted();
        }
        if (account.status() == AccountStatus.DEACTIVATED) {
            AccountStatus back = account.passwordHash() == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
            accounts.updateStatus(employeeId, back.name());
            audit.record(hr.id(), employerId, AuditAction.EMPLOYEE_REACTIVATED, "employee:" + employeeId,
                    "Statut rétabli : " + back.name());
        }
        return new ProfileOutcome.Saved(employeeId);
    }
}
