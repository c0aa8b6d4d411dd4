package org.openbenefits.platform.budget;

import java.util.ArrayList;
import java.util.List;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.BudgetStatement;
import org.openbenefits.contract.api.allowance.BudgetView;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * Reads an employer's budget: its balance, pending top-ups and statement. The statement's running balance is worked
 * back from the balance now: the balance after a movement is the balance now minus every newer movement.
 */
@Singleton
public class BudgetReader {

    private final Jdbc jdbc;
    private final TopUpReader topUps;

    BudgetReader(Jdbc jdbc, TopUpReader topUps) {
        this.jdbc = jdbc;
        this.topUps = topUps;
    }

    @Transactional(readOnly = true)
    public BudgetView view(long employerId) {
        return new BudgetView(balance(employerId), topUps.pendingCents(employerId), topUps.ofEmployer(employerId));
    }

    /** The budget's balance now; 0 for an employer never funded. */
    @Transactional(readOnly = true)
    public long balance(long employerId) {
        return jdbc.number("SELECT balance_cents FROM ledger_account WHERE employer_id = ? "
                + "AND type = 'EMPLOYER_BUDGET' AND owner_id = 0", employerId);
    }

    /** A page of the statement, newest first, each line with the balance right after it. */
    @Transactional(readOnly = true)
    public BudgetStatement statement(long employerId, int page, int size) {
        Long accountId = jdbc.one("SELECT id FROM ledger_account WHERE employer_id = ? "
                + "AND type = 'EMPLOYER_BUDGET' AND owner_id = 0", row -> row.getLong(1), employerId).orElse(null);
        if (accountId == null) {
            return new BudgetStatement(0, List.of(), page, size, 0);
        }
        long balance = jdbc.number("SELECT balance_cents FROM ledger_account WHERE id = ?", accountId);
        long total = jdbc.number("SELECT COUNT(*) FROM ledger_entry WHERE account_id = ?", accountId);
        List<BudgetStatement.Line> withoutBalances = jdbc.list("""
                SELECT m.id, m.created_at, m.kind, m.label, m.campaign_id, e.amount_cents
                FROM ledger_entry e JOIN ledger_movement m ON m.id = e.movement_id
                WHERE e.account_id = ?
                ORDER BY m.id DESC LIMIT ? OFFSET ?""",
                row -> new BudgetStatement.Line(row.getLong("id"), Jdbc.instant(row, "created_at"),
                        row.getString("kind"), row.getString("label"), Jdbc.nullableLong(row, "campaign_id"),
                        row.getLong("amount_cents"), 0), accountId, size, (long) page * size);
        if (withoutBalances.isEmpty()) {
            return new BudgetStatement(balance, List.of(), page, size, total);
        }
        long newer = jdbc.number("SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entry "
                + "WHERE account_id = ? AND movement_id > ?", accountId, withoutBalances.getFirst().movementId());
        long after = balance - newer;
        List<BudgetStatement.Line> lines = new ArrayList<>(withoutBalances.size());
        for (BudgetStatement.Line line : withoutBalances) {
            lines.add(new BudgetStatement.Line(line.movementId(), line.at(), line.kind(), line.label(),
                    line.campaignId(), line.amountCents(), after));
            after -= line.amountCents();
        }
        return new BudgetStatement(balance, lines, page, size, total);
    }
}
