package org.openbenefits.platform.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.ledger.Posting;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * The double-entry ledger (docs/domain-rules.md, "The ledger"): movements whose entries sum to zero ({@link Posting}), inserted and never
 * changed, with each account's balance kept beside its entries. Accounts are locked {@code FOR UPDATE} in id order
 * before any change, so that concurrent movements take turns without deadlocks, and no account but external funding
 * ever goes below zero. Every method runs in the caller's transaction.
 */
@Singleton
public class Ledger {

    private static final int LABEL_LENGTH = 200;
    private static final int IDS_PER_QUERY = 1000;

    /** An account as locked: its type and balance. */
    public record LockedAccount(long id, long employerId, LedgerAccountType type, Money balance) {
    }

    /** An account to open, funded by a movement: what it belongs to (a grant id) and its first amount. */
    public record NewAccount(long ownerId, Money amount) {
    }

    private final Jdbc jdbc;
    private final Clock clock;

    Ledger(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The employer's external-funding and budget accounts, opened on first use. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public EmployerAccounts employerAccounts(long employerId) {
        Map<LedgerAccountType, Long> found = employerLevelAccounts(employerId, "");
        if (found.size() < 2) {
            Instant now = clock.instant();
            jdbc.update("""
                    INSERT INTO ledger_account (employer_id, type, owner_id, balance_cents, created_at)
                    VALUES (?, 'EXTERNAL_FUNDING', 0, 0, ?), (?, 'EMPLOYER_BUDGET', 0, 0, ?)
                    ON DUPLICATE KEY UPDATE id = id""", employerId, now, employerId, now);
            // A locking read sees the rows another transaction may have committed meanwhile.
            found = employerLevelAccounts(employerId, " FOR UPDATE");
        }
        return new EmployerAccounts(found.get(LedgerAccountType.EXTERNAL_FUNDING),
                found.get(LedgerAccountType.EMPLOYER_BUDGET));
    }

    /** The balance now, without locking: for reading only. */
    public Money balance(long accountId) {
        return Money.ofCents(jdbc.number("SELECT balance_cents FROM ledger_account WHERE id = ?", accountId));
    }

    /** Locks the accounts until the transaction ends, in id order; a balance read here stays true until then. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Map<Long, LockedAccount> lock(Collection<Long> accountIds) {
        List<Long> ordered = new ArrayList<>(new TreeSet<>(accountIds));
        Map<Long, LockedAccount> locked = new LinkedHashMap<>();
        for (Long id : ordered) {
            // One row at a time, in id order: the lock order does not depend on the optimiser.
            LockedAccount account = jdbc.one("""
                    SELECT id, employer_id, type, balance_cents FROM ledger_account WHERE id = ? FOR UPDATE""",
                    row -> new LockedAccount(row.getLong("id"), row.getLong("employer_id"),
                            LedgerAccountType.valueOf(row.getString("type")),
                            Money.ofCents(row.getLong("balance_cents"))), id)
                    .orElseThrow(() -> new IllegalArgumentException("No ledger account " + id));
            locked.put(id, account);
        }
        return locked;
    }

    /** Writes one movement between existing accounts of the movement's employer, unless one would go below zero. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public PostingResult post(Movement movement, Posting posting) {
        Map<Long, LockedAccount> accounts = lock(posting.legs().stream().map(Posting.Leg::accountId).toList());
        for (Posting.Leg leg : posting.legs()) {
            LockedAccount account = accounts.get(leg.accountId());
            requireSameEmployer(movement, account);
            Money after = account.balance().plus(leg.amount());
            if (after.isNegative() && !account.type().mayBeNegative()) {
                return new PostingResult.Overdrawn(account.id(), after.negate());
            }
        }
        long movementId = insertMovement(movement);
        insertEntries(movementId, posting.legs());
        for (Posting.Leg leg : posting.legs()) {
            jdbc.update("UPDATE ledger_account SET balance_cents = balance_cents + ? WHERE id = ?",
                    leg.amount().cents(), leg.accountId());
        }
        return new PostingResult.Posted(movementId, Map.of());
    }

    /**
     * Opens one account per owner (a campaign's grants) and funds them all from one account in ONE movement, with
     * multi-row inserts: a campaign of 100,000 grants is a few hundred statements, not a few hundred thousand.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public PostingResult openFunded(Movement movement, long fromAccountId, LedgerAccountType type,
                                    List<NewAccount> newAccounts) {
        if (newAccounts.isEmpty() || type.mayBeNegative()) {
            throw new IllegalArgumentException("Open at least one account that cannot go below zero");
        }
        LockedAccount from = lock(List.of(fromAccountId)).get(fromAccountId);
        requireSameEmployer(movement, from);
        Money total = Money.ZERO;
        for (NewAccount account : newAccounts) {
            if (!account.amount().isPositive()) {
                throw new IllegalArgumentException("A new account is funded with a positive amount");
            }
            total = total.plus(account.amount());
        }
        if (from.balance().compareTo(total) < 0) {
            return new PostingResult.Overdrawn(fromAccountId, total.minus(from.balance()));
        }
        Instant now = clock.instant();
        jdbc.insertRows("ledger_account", List.of("employer_id", "type", "owner_id", "balance_cents", "created_at"),
                newAccounts.stream().map(account -> new Object[] {movement.employerId(), type, account.ownerId(),
                        account.amount().cents(), now}).toList());
        Map<Long, Long> accountsByOwner = accountIds(movement.employerId(), type, newAccounts);
        List<Posting.Leg> legs = new ArrayList<>(newAccounts.size() + 1);
        legs.add(new Posting.Leg(fromAccountId, total.negate()));
        newAccounts.forEach(account -> legs.add(new Posting.Leg(accountsByOwner.get(account.ownerId()),
                account.amount())));
        Posting posting = new Posting(legs);
        long movementId = insertMovement(movement);
        insertEntries(movementId, posting.legs());
        jdbc.update("UPDATE ledger_account SET balance_cents = balance_cents - ? WHERE id = ?", total.cents(),
                fromAccountId);
        return new PostingResult.Posted(movementId, accountsByOwner);
    }

    /**
     * Opens an empty account for an owner (an order's ORDER account), or finds the one it has; a movement funds it.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public long openEmpty(long employerId, LedgerAccountType type, long ownerId) {
        jdbc.update("""
                INSERT INTO ledger_account (employer_id, type, owner_id, balance_cents, created_at)
                VALUES (?, ?, ?, 0, ?) ON DUPLICATE KEY UPDATE id = id""", employerId, type, ownerId, clock.instant());
        return accountOf(employerId, type, ownerId).orElseThrow();
    }

    /** The account of an owner (a grant), if it has one. */
    public Optional<Long> accountOf(long employerId, LedgerAccountType type, long ownerId) {
        return jdbc.one("SELECT id FROM ledger_account WHERE employer_id = ? AND type = ? AND owner_id = ?",
                row -> row.getLong(1), employerId, type, ownerId);
    }

    private Map<LedgerAccountType, Long> employerLevelAccounts(long employerId, String lock) {
        Map<LedgerAccountType, Long> found = new HashMap<>();
        jdbc.list("SELECT id, type FROM ledger_account WHERE employer_id = ? AND owner_id = 0 "
                        + "AND type IN ('EXTERNAL_FUNDING', 'EMPLOYER_BUDGET')" + lock,
                row -> found.put(LedgerAccountType.valueOf(row.getString("type")), row.getLong("id")), employerId);
        return found;
    }

    private Map<Long, Long> accountIds(long employerId, LedgerAccountType type, List<NewAccount> newAccounts) {
        List<Long> owners = newAccounts.stream().map(NewAccount::ownerId).sorted().toList();
        Map<Long, Long> byOwner = new HashMap<>(owners.size() * 2);
        for (int from = 0; from < owners.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = owners.subList(from, Math.min(owners.size(), from + IDS_PER_QUERY));
            String sql = "SELECT id, owner_id FROM ledger_account WHERE employer_id = ? AND type = ? AND owner_id IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            Object[] parameters = new Object[chunk.size() + 2];
            parameters[0] = employerId;
            parameters[1] = type;
            for (int i = 0; i < chunk.size(); i++) {
                parameters[i + 2] = chunk.get(i);
            }
            jdbc.list(sql, row -> byOwner.put(row.getLong("owner_id"), row.getLong("id")), parameters);
        }
        if (byOwner.size() != owners.size()) {
            throw new IllegalStateException("Opened " + owners.size() + " accounts but found " + byOwner.size());
        }
        return byOwner;
    }

    private long insertMovement(Movement movement) {
        String label = movement.label().length() <= LABEL_LENGTH ? movement.label()
                : movement.label().substring(0, LABEL_LENGTH);
        return jdbc.insert("""
                INSERT INTO ledger_movement (employer_id, kind, campaign_id, label, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?)""", movement.employerId(), movement.kind(), movement.campaignId(), label,
                clock.instant(), movement.createdBy());
    }

    private void insertEntries(long movementId, List<Posting.Leg> legs) {
        jdbc.insertRows("ledger_entry", List.of("movement_id", "account_id", "amount_cents"),
                legs.stream().map(leg -> new Object[] {movementId, leg.accountId(), leg.amount().cents()}).toList());
    }

    private static void requireSameEmployer(Movement movement, LockedAccount account) {
        if (account.employerId() != movement.employerId()) {
            throw new IllegalArgumentException("Account " + account.id() + " is not of employer "
                    + movement.employerId());
        }
    }
}
