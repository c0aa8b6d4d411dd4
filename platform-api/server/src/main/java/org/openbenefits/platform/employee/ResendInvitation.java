package org.openbenefits.platform.employee;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.invitation.InviteUser;
import org.openbenefits.platform.security.CurrentUser;

/** An HR manager sends an employee a fresh invitation; the previous link stops working. */
@Singleton
public class ResendInvitation {

    private final EmployeeProfiles profiles;
    private final InviteUser inviteUser;
    private final Audit audit;

    ResendInvitation(EmployeeProfiles profiles, InviteUser inviteUser, Audit audit) {
        this.profiles = profiles;
        this.inviteUser = inviteUser;
        this.audit = audit;
    }

    @Transactional
    public ProfileOutcome resend(CurrentUser hr, long employeeId) {
        long employerId = hr.requireEmployerId();
        if (profiles.findByUserAccountIdAndEmployerId(employeeId, employerId).isEmpty()) {
            return new ProfileOutcome.NotFound();
        }
        return switch (inviteUser.invite(employeeId, hr.id())) {
            case InviteUser.Invited _ -> {
                audit.record(hr.id(), employerId, AuditAction.INVITATION_RESENT, "employee:" + employeeId, null);
                yield new ProfileOutcome.Saved(employeeId);
            }
            case InviteUser.AlreadyActive _ -> new ProfileOutcome.NotInvitable(
                    "Cette personne a déjà activé son compte : elle se connecte, ou utilise « Mot de passe oublié ».");
            case InviteUser.Deactivated _ -> new ProfileOutcome.NotInvitable(
                    "Ce compte est désactivé : réactivez-le avant de renvoyer l'invitation.");
            case InviteUser.Deleted _ -> new ProfileOutcome.Deleted();
        };
    }
}
