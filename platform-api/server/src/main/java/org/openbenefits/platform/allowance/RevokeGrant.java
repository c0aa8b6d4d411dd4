package org.openbenefits.platform.allowance;

import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.allowance.AllowanceRefusal;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.security.CurrentUser;

/** HR revokes one grant of their employer: its unspent balance goes back to the budget (a REVOCATION movement). */
@Singleton
public class RevokeGrant {

    /** How a revocation ended. */
    public sealed interface Outcome {
    }

    /** The grant is revoked; {@code returned} went back to the budget. */
    public record Revoked(long grantId, Money returned) implements Outcome {
    }

    /** A revocation refused: nothing was written. */
    public sealed interface NotRevoked extends Outcome {

        /** The refusal, as every edge gives it. */
        Refusal refusal();
    }

    /** Unknown, or another employer's: the same answer, {@code resource.not-found}. */
    public record NotFound() implements NotRevoked {

        @Override
        public Refusal refusal() {
            return Refusal.of(GeneralRefusal.NOT_FOUND);
        }
    }

    /** Expired or revoked already: {@code grant.not-active}. */
    public record NotActive(GrantStatus status) implements NotRevoked {

        @Override
        public Refusal refusal() {
            return Refusal.of(AllowanceRefusal.GRANT_NOT_ACTIVE);
        }
    }

    private final EndGrant endGrant;
    private final Audit audit;

    RevokeGrant(EndGrant endGrant, Audit audit) {
        this.endGrant = endGrant;
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
        audit.record(hr.id(), employerId, AuditAction.GRANT_REVOKED, "grant:" + grantId,
                grant.campaignName() + " : " + returned.format() + " rendus au budget (salarié " + grant.employeeId()
                        + ")");
        return new Revoked(grantId, returned);
    }
}
