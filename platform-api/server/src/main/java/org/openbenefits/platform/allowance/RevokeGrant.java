package org.openbenefits.platform.allowance;

import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.security.CurrentUser;

/** HR revokes one grant of their employer: its unspent balance goes back to the budget (a REVOCATION movement). */
@Singleton
public class RevokeGrant {

    /** How a revocation ended. */
    public sealed interface Outcome {
    }

    public record Revoked(GrantView grant, Money returned) implements Outcome {
    }

    /** Unknown, or another employer's: the same answer. */
    public record NotFound() implements Outcome {
    }

    /** Expired or revoked already. */
    public record NotActive(GrantStatus status) implements Outcome {
    }

    private final EndGrant endGrant;
    private final GrantReader grants;
    private final Audit audit;

    RevokeGrant(EndGrant endGrant, GrantReader grants, Audit audit) {
        this.endGrant = endGrant;
        this.grants = grants;
        this.audit = audit;
    }

    @Transactional
    public Outcome revoke(CurrentUser hr, long grantId) {
        long employerId = hr.requireEmployerId();
        Optional<EndGrant.LockedGrant> found = endGrant.lock(grantId, employerId);
        if (found.isEmpty()) {
            return new NotFound();
        }
        EndGrant.LockedGrant grant = found.get();
        if (grant.status() != GrantStatus.ACTIVE) {
            return new NotActive(grant.status());
        }
        Money returned = endGrant.end(grant, GrantStatus.REVOKED, hr.id());
        GrantView view = grants.find(employerId, grantId).orElseThrow();
        audit.record(hr.id(), employerId, AuditAction.GRANT_REVOKED, "grant:" + grantId,
                grant.campaignName() + " : " + returned.format() + " rendus au budget (salarié " + view.employeeId()
                        + ")");
        return new Revoked(view, returned);
    }
}
