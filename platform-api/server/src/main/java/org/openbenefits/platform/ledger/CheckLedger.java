package org.openbenefits.platform.ledger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.LedgerCheckReport;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * The ledger's consistency check, over one consistent snapshot of the whole ledger: every movement has entries that
 * sum to zero, every account's kept balance equals the sum of its entries, no balance but external funding is
 * negative, and all balances together (of each employer, and overall) are zero: nothing created, nothing lost.
 */
@Singleton
public class CheckLedger {

    private static final int MAX_PROBLEMS_PER_RULE = 50;

    private final Jdbc jdbc;
    private final Clock clock;

    CheckLedger(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LedgerCheckReport check() {
        List<String> problems = new ArrayList<>();
        problems.addAll(jdbc.list("""
                SELECT movement_id, SUM(amount_cents) AS total FROM ledger_entry GROUP BY movement_id
                HAVING SUM(amount_cents) <> 0 ORDER BY movement_id LIMIT \s""" + MAX_PROBLEMS_PER_RULE,
                row -> "Mouvement " + row.getLong("movement_id") + " : ses écritures totalisent "
                        + Money.ofCents(row.getLong("total")) + " au lieu de 0."));
        problems.addAll(jdbc.list("""
                SELECT m.id FROM ledger_movement m LEFT JOIN ledger_entry e ON e.movement_id = m.id
                WHERE e.id IS NULL ORDER BY m.id LIMIT \s""" + MAX_PROBLEMS_PER_RULE,
                row -> "Mouvement " + row.getLong("id") + " : aucune écriture."));
        problems.addAll(jdbc.list("""
                SELECT a.id, a.balance_cents, COALESCE(s.total, 0) AS total
                FROM ledger_account a
                LEFT JOIN (SELECT account_id, SUM(amount_cents) AS total FROM ledger_entry GROUP BY account_id) s
                       ON s.account_id = a.id
                WHERE a.balance_cents <> COALESCE(s.total, 0) ORDER BY a.id LIMIT \s""" + MAX_PROBLEMS_PER_RULE,
                row -> "Compte " + row.getLong("id") + " : solde tenu " + Money.ofCents(row.getLong("balance_cents"))
                        + ", somme des écritures " + Money.ofCents(row.getLong("total")) + "."));
        problems.addAll(jdbc.list("""
                SELECT id, type, balance_cents FROM ledger_account
                WHERE balance_cents < 0 AND type <> 'EXTERNAL_FUNDING' ORDER BY id LIMIT \s""" + MAX_PROBLEMS_PER_RULE,
                row -> "Compte " + row.getLong("id") + " (" + row.getString("type") + ") : solde négatif "
                        + Money.ofCents(row.getLong("balance_cents")) + "."));
        problems.addAll(jdbc.list("""
                SELECT employer_id, SUM(balance_cents) AS total FROM ledger_account GROUP BY employer_id
                HAVING SUM(balance_cents) <> 0 ORDER BY employer_id LIMIT \s""" + MAX_PROBLEMS_PER_RULE,
                row -> "Employeur " + row.getLong("employer_id") + " : ses comptes totalisent "
                        + Money.ofCents(row.getLong("total")) + " au lieu de 0 (argent créé ou perdu)."));
        long overall = jdbc.number("SELECT COALESCE(SUM(balance_cents), 0) FROM ledger_account");
        if (overall != 0) {
            problems.add("Tous comptes confondus, les soldes totalisent " + Money.ofCents(overall)
                    + " au lieu de 0 (argent créé ou perdu).");
        }
        return new LedgerCheckReport(clock.instant(), problems.isEmpty(),
                jdbc.number("SELECT COUNT(*) FROM ledger_movement"), jdbc.number("SELECT COUNT(*) FROM ledger_entry"),
                jdbc.number("SELECT COUNT(*) FROM ledger_account"), problems);
    }
}
