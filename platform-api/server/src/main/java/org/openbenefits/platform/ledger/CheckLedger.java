package org.openbenefits.platform.ledger;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * A platform admin checks the ledger's consistency, over one consistent snapshot of the whole ledger (a read-only
 * transaction): every movement has entries that sum to zero, every account's kept balance equals the sum of its
 * entries, no balance but external funding is negative, and all balances together (of each employer, and overall) are
 * zero: nothing created, nothing lost. The check is audited afterwards, in a transaction of its own.
 */
@Singleton
public class CheckLedger {

    private static final int MAX_PROBLEMS_PER_RULE = 50;

    private final Jdbc jdbc;
    private final Audit audit;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    CheckLedger(Jdbc jdbc, Audit audit, TransactionOperations<Connection> transactions, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A platform admin's check, audited. */
    public LedgerCheck checkFor(long adminId) {
        LedgerCheck check = check();
        transactions.executeWrite(status -> {
            audit.record(adminId, null, AuditAction.LEDGER_CHECKED, "ledger", check.consistent()
                    ? "Grand livre cohérent" : check.problems().size() + " problème(s) trouvé(s)");
            return null;
        });
        return check;
    }

    /** The check alone, unaudited: for the platform's own checks (tests, benchmarks). */
    public LedgerCheck check() {
        return transactions.executeRead(status -> snapshot());
    }

    private LedgerCheck snapshot() {
        List<LedgerCheck.Problem> problems = new ArrayList<>();
        problems.addAll(jdbc.list("""
                SELECT movement_id, SUM(amount_cents) AS total FROM ledger_entry GROUP BY movement_id
                HAVING SUM(amount_cents) <> 0 ORDER BY movement_id LIMIT \s""" + MAX_PROBLEMS_PER_RULE,
                row -> new LedgerCheck.UnbalancedMovement(row.getLong("movement_id"), money(row.getLong("total")))));
        problems.addAll(jdbc.list("""
                SELECT m.id FROM ledger_movement m LEFT JOIN ledger_entry e ON e.movement_id = m.id
                WHERE e.id IS NULL ORDER BY m.id LIMIT \s""" + MAX_PROBLEMS_PER_RULE,
                row -> new LedgerCheck.MovementWithoutEntries(row.getLong("id"))));
        problems.addAll(jdbc.list("""
                SELECT a.id, a.balance_cents, COALESCE(s.total, 0) AS total
                FROM ledger_account a
                LEFT JOIN (SELECT account_id, SUM(amount_cents) AS total FROM ledger_entry GROUP BY account_id) s
                       ON s.account_id = a.id
                WHERE a.balance_cents <> COALESCE(s.total, 0) ORDER BY a.id LIMIT \s""" + MAX_PROBLEMS_PER_RULE,
                row -> new LedgerCheck.BalanceNotItsEntries(row.getLong("id"), money(row.getLong("balance_cents")),
                        money(row.getLong("total")))));
        problems.addAll(jdbc.list("""
                SELECT id, type, balance_cents FROM ledger_account
                WHERE balance_cents < 0 AND type <> 'EXTERNAL_FUNDING' ORDER BY id LIMIT \s""" + MAX_PROBLEMS_PER_RULE,
                row -> new LedgerCheck.NegativeBalance(row.getLong("id"), row.getString("type"),
                        money(row.getLong("balance_cents")))));
        problems.addAll(jdbc.list("""
                SELECT employer_id, SUM(balance_cents) AS total FROM ledger_account GROUP BY employer_id
                HAVING SUM(balance_cents) <> 0 ORDER BY employer_id LIMIT \s""" + MAX_PROBLEMS_PER_RULE,
                row -> new LedgerCheck.EmployerNotBalanced(row.getLong("employer_id"), money(row.getLong("total")))));
        long overall = jdbc.number("SELECT COALESCE(SUM(balance_cents), 0) FROM ledger_account");
        if (overall != 0) {
            problems.add(new LedgerCheck.LedgerNotBalanced(money(overall)));
        }
        return new LedgerCheck(clock.instant(), jdbc.number("SELECT COUNT(*) FROM ledger_movement"),
                jdbc.number("SELECT COUNT(*) FROM ledger_entry"), jdbc.number("SELECT COUNT(*) FROM ledger_account"),
                problems);
    }

    private static Money money(long cents) {
        return Money.ofCents(cents);
    }
}
