package org.openbenefits.platform.manager;

import java.time.Clock;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.manager.ManagerInvitationRequest;
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
 * An HR manager invites another HR manager of their own employer: an INVITED account and the manager-invitation
 * e-mail, leading to the administration portal, in one transaction with its audit entry.
 */
@Singleton
public class InviteManager {

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

    /** The new manager's account, or empty if the address already signs in to an account. */
    @Transactional
    public Optional<UserAccountRow> invite(CurrentUser hr, ManagerInvitationRequest request) {
        long employerId = hr.requireEmployerId();
        String email = EmailAddresses.normalise(request.email());
        if (accounts.existsByEmail(email)) {
            return Optional.empty();
        }
        UserAccountRow manager = accounts.save(new UserAccountRow(null, employerId, email, null, Role.HR_MANAGER,
                request.firstName().strip(), request.lastName().strip(), AccountStatus.INVITED, "fr",
                clock.instant()));
        inviteUser.invite(manager.id(), hr.id());
        audit.record(hr.id(), employerId, AuditAction.MANAGER_INVITED, "manager:" + manager.id(), null);
        return Optional.of(manager);
    }
}
