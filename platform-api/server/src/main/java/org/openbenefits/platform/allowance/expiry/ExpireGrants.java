package org.openbenefits.platform.allowance.expiry;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.openbenefits.domain.ledger.Posting;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.allowance.GrantStatus;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.ledger.EmployerAccounts;
import org.openbenefits.platform.ledger.Ledger;
import org.openbenefits.platform.ledger.Movement;
import org.openbenefits.platform.ledger.MovementKind;
import org.openbenefits.platform.ledger.PostingResult;
import org.openbenefits.platform.notification.ParisFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires every ACTIVE grant whose last valid day is before today (Paris): status EXPIRED and its unspent balance back
 * to the employer budget. Campaign by campaign, the due grants go in chunks of up to {@value #CHUNK} per transaction,
 * each chunk ONE {@code EXPIRY} movement of its campaign (the budget +the sum, each grant account −its balance; a grant
 * with nothing left just changes status), so that the budget statement shows one line per campaign rather than one per
 * employee. Idempotent and safe with several instances and with HR revoking at the same moment: each chunk locks its
 * grant rows and keeps only those still due, so a grant another instance has just expired, or HR has just revoked,
 * is left alone. A chunk that fails is logged (ids only) and rolled back; the run goes on and the next run retries it.
 */
@Singleton
public class ExpireGrants {

    private static final Logger LOG = LoggerFactory.getLogger(ExpireGrants.class);
    static final int CHUNK = 500;

    private record DueGrant(long id, long employerId, long campaignId) {
    }

    private final Jdbc jdbc;
    private final Ledger ledger;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ExpireGrants(Jdbc jdbc, Ledger ledger, TransactionOperations<Connection> transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many grants this call expired */
    public int expireDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ParisFormats.PARIS);
        List<Long> campaigns = transactions.executeRead(status -> jdbc.list("""
                SELECT DISTINCT campaign_id FROM allowance_grant WHERE status = 'ACTIVE' AND expires_on < ?
                ORDER BY campaign_id""", row -> row.getLong(1), today));
        int expired = 0;
        for (long campaignId : campaigns) {
            List<Long> due = transactions.executeRead(status -> jdbc.list("""
                    SELECT id FROM allowance_grant WHERE campaign_id = ? AND status = 'ACTIVE' AND expires_on < ?
                    ORDER BY id""", row -> row.getLong(1), campaignId, today));
            for (int from = 0; from < due.size(); from += CHUNK) {
                List<Long> chunk = due.subList(from, Math.min(due.size(), from + CHUNK));
                try {
                    expired += transactions.executeWrite(status -> expireChunk(campaignId, chunk, today));
                } catch (RuntimeException e) {
                    LOG.error("{} grant(s) of campaign {} (ids {} to {}) could not be expired; the next run tries "
                            + "again", chunk.size(), campaignId, chunk.getFirst(), chunk.getLast(), e);
                }
            }
        }
        return expired;
    }

    /**
     * One chunk, in the caller's transaction. Locks are taken in one global order: the grant rows first, ascending
     * ids, then the ledger accounts, ascending ids ({@link Ledger#lock}). Revocation ({@code EndGrant}) takes the
     * same order: its one grant row, then the budget and that grant's account. Distribution locks the budget account
     * and only inserts new grants and accounts, rows nobody else holds; a top-up locks the employer's two accounts and
     * no grant. Nothing ever holds a ledger account while waiting for a grant row, and within each table everyone
     * waits for higher ids only, so no cycle of waits, hence no deadlock, can form: a revocation of one of these
     * grants either ends first (and the grant, no longer ACTIVE, is skipped here) or waits for this chunk to commit
     * (and finds the grant EXPIRED). For that order to hold the grant rows must be locked one by one by their primary
     * key, record locks without gap locks: {@code FORCE INDEX (PRIMARY)} keeps the optimiser from a table scan or the
     * status index, which would lock other grants and gaps (and so block a distribution holding the budget).
     *
     * @return how many grants it expired
     */
    private int expireChunk(long campaignId, List<Long> grantIds, LocalDate today) {
        String ids = placeholders(grantIds.size());
        List<Object> parameters = new ArrayList<>(grantIds);
        parameters.add(today);
        List<DueGrant> locked = jdbc.list("SELECT id, employer_id, campaign_id FROM allowance_grant FORCE INDEX "
                + "(PRIMARY) WHERE id IN (" + ids + ") AND status = 'ACTIVE' AND expires_on < ? ORDER BY id FOR UPDATE",
                row -> new DueGrant(row.getLong("id"), row.getLong("employer_id"), row.getLong("campaign_id")),
                parameters.toArray());
        if (locked.isEmpty()) {
            return 0;
        }
        long employerId = locked.getFirst().employerId();
        if (locked.stream().anyMatch(grant -> grant.campaignId() != campaignId || grant.employerId() != employerId)) {
            throw new IllegalStateException("Grants of another campaign in a chunk of campaign " + campaignId);
        }
        List<Long> lockedIds = locked.stream().map(DueGrant::id).toList();
        Map<Long, Long> accountByGrant = grantAccounts(employerId, lockedIds);
        EmployerAccounts employer = ledger.employerAccounts(employerId);
        List<Long> toLock = new ArrayList<>(accountByGrant.values());
        toLock.add(employer.budgetId());
        Map<Long, Ledger.LockedAccount> accounts = ledger.lock(toLock);

        List<Posting.Leg> legs = new ArrayList<>(lockedIds.size() + 1);
        Money total = Money.ZERO;
        for (long grantId : lockedIds) {
            Money balance = accounts.get(accountByGrant.get(grantId)).balance();
            if (balance.isPositive()) {
                legs.add(new Posting.Leg(accountByGrant.get(grantId), balance.negate()));
                total = total.plus(balance);
            }
        }
        if (total.isPositive()) {
            legs.add(new Posting.Leg(employer.budgetId(), total));
            String campaignName = jdbc.one("SELECT name FROM allowance_campaign WHERE id = ?",
                    row -> row.getString(1), campaignId).orElse("");
            PostingResult result = ledger.post(new Movement(employerId, MovementKind.EXPIRY, campaignId, campaignName,
                    null), new Posting(legs));
            if (!(result instanceof PostingResult.Posted)) {
                throw new IllegalStateException("Returning grants' own balances cannot overdraw them: " + result);
            }
        }
        List<Object> update = new ArrayList<>(lockedIds.size() + 3);
        update.add(GrantStatus.EXPIRED);
        update.add(clock.instant());
        update.addAll(lockedIds);
        update.add(GrantStatus.ACTIVE);
        int changed = jdbc.update("UPDATE allowance_grant FORCE INDEX (PRIMARY) SET status = ?, ended_at = ? "
                + "WHERE id IN (" + placeholders(lockedIds.size()) + ") AND status = ?", update.toArray());
        if (changed != lockedIds.size()) {
            throw new IllegalStateException("Campaign " + campaignId + ": " + changed + " grant(s) of "
                    + lockedIds.size() + " expired although all were locked");
        }
        return changed;
    }

    /** Each grant's ledger account; a plain read, as the account of a grant never changes. */
    private Map<Long, Long> grantAccounts(long employerId, List<Long> grantIds) {
        List<Object> parameters = new ArrayList<>(grantIds.size() + 1);
        parameters.add(employerId);
        parameters.addAll(grantIds);
        Map<Long, Long> byGrant = new HashMap<>(grantIds.size() * 2);
        jdbc.list("SELECT id, owner_id FROM ledger_account WHERE employer_id = ? AND type = 'GRANT' AND owner_id IN ("
                + placeholders(grantIds.size()) + ")", row -> byGrant.put(row.getLong("owner_id"), row.getLong("id")),
                parameters.toArray());
        if (byGrant.size() != grantIds.size()) {
            throw new IllegalStateException("No ledger account for " + (grantIds.size() - byGrant.size())
                    + " grant(s) of the chunk");
        }
        return byGrant;
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
