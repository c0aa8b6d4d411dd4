package org.openbenefits.platform.employee;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.account.AccountEmailLimits;
import org.openbenefits.platform.account.AccountEmailLimits.Kind;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.invitation.InviteUser;
import org.openbenefits.platform.security.CurrentUser;

/**
 * An HR manager sends an employee a fresh invitation; the previous link stops working. At most a few re-sends an hour
 * per employee ({@link AccountEmailLimits}), so that nobody floods a person's mailbox through the platform.
 */
@Singleton
public class ResendInvitation {

    private final EmployeeProfiles profiles;
    private final UserAccounts accounts;
    private final AccountEmailLimits limits;
    private final InviteUser inviteUser;
    private final Audit audit;
    private final Clock clock;

    ResendInvitation(EmployeeProfiles profiles, UserAccounts accounts, AccountEmailLimits limits, InviteUser inviteUser,
                     Audit audit, Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.limits = limits;
        this.inviteUser = inviteUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ProfileOutcome resend(CurrentUser hr, long employeeId) {
        long employerId = hr.requireEmployerId();
        if (profiles.findByUserAccountIdAndEmployerId(employeeId, employerId).isEmpty()) {
            return EmployeeRefusals.notFound();
        }
        // The row lock makes two re-sends at once take turns, so that both cannot take the last place.
        UserAccountRow account = accounts.lockById(employeeId).orElseThrow();
        if (account.status() == AccountStatus.INVITED) {
            Optional<Instant> next = limits.nextAllowedAt(employeeId, Kind.INVITATION_RESENT);
            if (next.isPresent()) {
                return EmployeeRefusals.tooManyInvitations(Duration.between(clock.instant(), next.get()));
            }
        }
        return switch (inviteUser.invite(employeeId, hr.id())) {
            case InviteUser.Invited _ -> {
                limits.record(employeeId, Kind.INVITATION_RESENT);
                audit.record(hr.id(), employerId, AuditAction.INVITATION_RESENT, "employee:" + employeeId, null);
                yield new ProfileOutcome.Saved(employeeId);
            }
            case InviteUser.AlreadyActive _ -> new Declined(Refusal.of(EmployeeRefusal.INVITATION_ACCEPTED));
            case InviteUser.Deactivated _ -> new Declined(Refusal.of(EmployeeRefusal.DEACTIVATED));
            case InviteUser.Deleted _ -> EmployeeRefusals.deleted();
        };
    }
}
