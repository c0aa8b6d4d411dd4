package org.openbenefits.platform.manager;

import java.time.Clock;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.invitation.InviteUser;
import org.openbenefits.platform.security.CurrentUser;

/**
 * An HR manager invites another HR manager of their own employer: an INVITED account and the manager-invitation
 * e-mail, leading to the administration portal, in one transaction with its audit entry.
 */
@Singleton
public class InviteManager {

    /** Who is invited, as entered: names and the address the invitation goes to, which they will sign in with. */
    public record Invitation(String firstName, String lastName, String email) {
    }

    /** How the invitation ended. */
    public sealed interface Result {
    }

    /** The new manager's account is {@code managerId}, INVITED. */
    public record Invited(long managerId) implements Result {
    }

    /** Not invited: manager.email-taken, the address already signs in to an account. Nothing was written. */
    public record Declined(Refusal refusal) implements Result {
    }

    private final UserAccounts accounts;
    private final InviteUser inviteUser;
    private final Audit audit;
    private final Clock clock;

    InviteManager(UserAccounts accounts, InviteUser inviteUser, Audit audit, Clock clock) {
        this.accounts = accounts;
        this.inviteUser = inviteUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result invite(CurrentUser hr, Invitation invitation) {
        long employerId = hr.requireEmployerId();
        String email = EmailAddresses.normalise(invitation.email());
        if (accounts.existsByEmail(email)) {
            return new Declined(Refusal.of(EmployeeRefusal.MANAGER_EMAIL_TAKEN)
                    .withField(FieldRefusal.of("email", EmployeeRefusal.EMAIL_IN_USE)));
        }
        UserAccountRow manager = accounts.save(new UserAccountRow(null, employerId, email, null, Role.HR_MANAGER,
                invitation.firstName().strip(), invitation.lastName().strip(), AccountStatus.INVITED, "fr",
                clock.instant()));
        inviteUser.invite(manager.id(), hr.id());
        audit.record(hr.id(), employerId, AuditAction.MANAGER_INVITED, "manager:" + manager.id(), null);
        return new Invited(manager.id());
    }
}
