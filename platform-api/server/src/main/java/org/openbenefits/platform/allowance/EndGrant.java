package org.openbenefits.platform.allowance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.ledger.Posting;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.ledger.EmployerAccounts;
import org.openbenefits.platform.ledger.Ledger;
import org.openbenefits.platform.ledger.LedgerAccountType;
import org.openbenefits.platform.ledger.Movement;
import org.openbenefits.platform.ledger.MovementKind;
import org.openbenefits.platform.ledger.PostingResult;

/**
 * Ends an active grant, by revocation or expiry: its unspent balance goes back to the employer budget through the
 * ledger (the platform keeps nothing) and its status changes, in the caller's transaction. The grant row is locked
 * first, then the accounts in id order, so that two instances ending the same grant take turns and the second finds
 * it ended. The daily expiry ends grants in chunks of a campaign instead
 * ({@link org.openbenefits.platform.allowance.expiry.ExpireGrants}), taking its locks in the same order.
 */
@Singleton
public class EndGrant {

    /** A grant row locked for this transaction. */
    public record LockedGrant(long id, long employerId, long employeeId, long campaignId, String campaignName,
                              GrantStatus status, LocalDate expiresOn) {
    }

    private final Jdbc jdbc;
    private final Ledger ledger;
    private final Clock clock;

    EndGrant(Jdbc jdbc, Ledger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The grant, locked until the transaction ends; only the given employer's when {@code employerId} is set. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<LockedGrant> lock(long grantId, @Nullable Long employerId) {
        Optional<LockedGrant> grant = jdbc.one("""
                SELECT id, employer_id, employee_id, campaign_id, status, expires_on FROM allowance_grant
                WHERE id = ? FOR UPDATE""", row -> new LockedGrant(row.getLong("id"), row.getLong("employer_id"),
                row.getLong("employee_id"), row.getLong("campaign_id"), "",
                GrantStatus.valueOf(row.getString("status")), row.getObject("expires_on", LocalDate.class)), grantId);
        if (grant.isEmpty() || (employerId != null && grant.get().employerId() != employerId)) {
            return Optional.empty();
        }
        String campaignName = jdbc.one("SELECT name FROM allowance_campaign WHERE id = ?", row -> row.getString(1),
                grant.get().campaignId()).orElse("");
        LockedGrant found = grant.get();
        return Optional.of(new LockedGrant(found.id(), found.employerId(), found.employeeId(), found.campaignId(),
                campaignName, found.status(), found.expiresOn()));
    }

    /**
     * Returns the balance of an ACTIVE grant, locked by {@link #lock}, to the budget and gives it its new status.
     *
     * @param actorId who ended it; null for the platform (expiry)
     * @return what went back to the budget
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Money end(LockedGrant grant, GrantStatus newStatus, @Nullable Long actorId) {
        if (grant.status() != GrantStatus.ACTIVE || newStatus == GrantStatus.ACTIVE) {
            throw new IllegalArgumentException("Only an active grant ends: " + grant);
        }
        EmployerAccounts accounts = ledger.employerAccounts(grant.employerId());
        long grantAccount = ledger.accountOf(grant.employerId(), LedgerAccountType.GRANT, grant.id())
                .orElseThrow(() -> new IllegalStateException("No ledger account for grant " + grant.id()));
        Map<Long, Ledger.LockedAccount> locked = ledger.lock(List.of(accounts.budgetId(), grantAccount));
        Money balance = locked.get(grantAccount).balance();
        if (balance.isPositive()) {
            MovementKind kind = newStatus == GrantStatus.REVOKED ? MovementKind.REVOCATION : MovementKind.EXPIRY;
            PostingResult result = ledger.post(new Movement(grant.employerId(), kind, grant.campaignId(),
                    grant.campaignName(), actorId), Posting.transfer(grantAccount, accounts.budgetId(), balance));
            if (!(result instanceof PostingResult.Posted)) {
                throw new IllegalStateException("Returning a grant's own balance cannot overdraw it: " + result);
            }
        }
        int changed = jdbc.update("UPDATE allowance_grant SET status = ?, ended_at = ? WHERE id = ? AND status = ?",
                newStatus, clock.instant(), grant.id(), GrantStatus.ACTIVE);
        if (changed != 1) {
            throw new IllegalStateException("Grant " + grant.id() + " changed although it was locked");
        }
        return balance;
    }
}
