package org.openbenefits.platform.wallet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.contract.api.allowance.WalletView;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.platform.allowance.GrantReader;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * The employee's "Mes dotations": active grants in the order checkout spends them (kind, earliest expiry, id), then
 * ended ones, most recent first; the active balance per kind; the last 100 movements on their grants.
 */
@Singleton
public class WalletReader {

    static final int HISTORY_LENGTH = 100;

    private static final Comparator<GrantView> SPENDING_ORDER = Comparator
            .comparing((GrantView grant) -> AllowanceKind.valueOf(grant.kind()))
            .thenComparing(GrantView::expiresOn)
            .thenComparingLong(GrantView::id);
    private static final Comparator<GrantView> MOST_RECENT_FIRST = Comparator
            .comparing(GrantView::expiresOn).reversed().thenComparing(Comparator.comparingLong(GrantView::id).reversed());

    private final GrantReader grants;
    private final Jdbc jdbc;

    WalletReader(GrantReader grants, Jdbc jdbc) {
        this.grants = grants;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public WalletView wallet(long employeeId) {
        List<GrantView> all = grants.ofEmployee(employeeId);
        List<GrantView> active = all.stream().filter(WalletReader::active).sorted(SPENDING_ORDER).toList();
        List<GrantView> ended = all.stream().filter(grant -> !active(grant)).sorted(MOST_RECENT_FIRST).toList();
        List<GrantView> ordered = new ArrayList<>(active);
        ordered.addAll(ended);
        Map<AllowanceKind, Long> byKind = new EnumMap<>(AllowanceKind.class);
        active.forEach(grant -> byKind.merge(AllowanceKind.valueOf(grant.kind()), grant.balanceCents(), Long::sum));
        List<WalletView.KindTotal> totals = byKind.entrySet().stream()
                .map(entry -> new WalletView.KindTotal(entry.getKey().name(), entry.getValue())).toList();
        return new WalletView(ordered, totals, history(employeeId));
    }

    private List<WalletView.Movement> history(long employeeId) {
        return jdbc.list("""
                SELECT m.created_at, g.id AS grant_id, c.name AS campaign_name, g.kind AS grant_kind, m.kind,
                       e.amount_cents, m.label
                FROM allowance_grant g
                JOIN ledger_account a ON a.employer_id = g.employer_id AND a.type = 'GRANT' AND a.owner_id = g.id
                JOIN ledger_entry e ON e.account_id = a.id
                JOIN ledger_movement m ON m.id = e.movement_id
                JOIN allowance_campaign c ON c.id = g.campaign_id
                WHERE g.employee_id = ?
                ORDER BY m.id DESC, e.id DESC LIMIT \s""" + HISTORY_LENGTH,
                row -> new WalletView.Movement(Jdbc.instant(row, "created_at"), row.getLong("grant_id"),
                        row.getString("campaign_name"), row.getString("grant_kind"), row.getString("kind"),
                        row.getLong("amount_cents"), row.getString("label")), employeeId);
    }

    private static boolean active(GrantView grant) {
        return "ACTIVE".equals(grant.status());
    }
}
