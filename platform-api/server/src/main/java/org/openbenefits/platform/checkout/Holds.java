package org.openbenefits.platform.checkout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Singleton;
import org.openbenefits.domain.ledger.Posting;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.ledger.Ledger;
import org.openbenefits.platform.ledger.LedgerAccountType;
import org.openbenefits.platform.ledger.Movement;
import org.openbenefits.platform.ledger.MovementKind;
import org.openbenefits.platform.ledger.PostingResult;

/**
 * The holds of a pending checkout (ADR 0013), placed, posted and released in the caller's transaction. Stock: a
 * counted stock's {@code stock_held} raised by a conditional update (0 rows: not enough left, nothing held); e-ticket
 * codes picked {@code FOR UPDATE SKIP LOCKED} and reserved for the order, so that two checkouts never get the same code
 * and neither waits for the other. Grants: a {@code HOLD} ledger movement from each grant to the order's account, which
 * writes nothing if a grant would go below zero; a {@code RELEASE} gives each part back. Offers are always locked in id
 * order, before the ledger's accounts, so that concurrent checkouts take turns without deadlocks.
 */
@Singleton
class Holds {

    /** What the stock kind of a line says about how it is held. */
    static final String COUNT = "COUNT";
    static final String CODES = "CODES";

    private final Jdbc jdbc;
    private final Ledger ledger;

    Holds(Jdbc jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /**
     * Holds {@code quantity} units of the offer for the order; false when fewer are left (nothing held for it).
     *
     * @return the offer's stock kind when held, empty when not enough is left
     */
    java.util.Optional<String> holdStock(long orderId, long offerId, int quantity) {
        String kind = jdbc.one("SELECT stock_kind FROM offer WHERE id = ?", row -> row.getString(1), offerId)
                .orElseThrow(() -> new IllegalStateException("No offer " + offerId));
        if (CODES.equals(kind)) {
            List<Long> free = jdbc.list("""
                    SELECT id FROM offer_stock_code WHERE offer_id = ? AND NOT issued AND held_by_order IS NULL
                    ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""", row -> row.getLong(1), offerId, quantity);
            if (free.size() < quantity) {
                return java.util.Optional.empty();
            }
            jdbc.update("UPDATE offer_stock_code SET held_by_order = ? WHERE id IN (" + placeholders(free.size())
                    + ")", prepend(orderId, free));
            return java.util.Optional.of(CODES);
        }
        int held = jdbc.update("""
                UPDATE offer SET stock_held = stock_held + ?
                WHERE id = ? AND stock_kind = 'COUNT' AND stock_count - stock_held >= ?""",
                quantity, offerId, quantity);
        return held == 1 ? java.util.Optional.of(COUNT) : java.util.Optional.empty();
    }

    /**
     * Turns the order's held stock into sold: a count loses the units from both its stock and its held units, codes
     * are issued (and keep naming the order).
     *
     * @return the e-ticket codes issued, by order line id (ids only)
     */
    Map<Long, List<Long>> sellStock(long orderId, List<Orders.HeldLine> lines, Instant at) {
        Map<Long, List<Long>> codes = new HashMap<>();
        for (Orders.HeldLine line : lines) {
            if (CODES.equals(line.stockKind())) {
                List<Long> ids = jdbc.list("""
                        SELECT id FROM offer_stock_code WHERE held_by_order = ? AND offer_id = ? AND NOT issued
                        ORDER BY id FOR UPDATE""", row -> row.getLong(1), orderId, line.offerId());
                if (!ids.isEmpty()) {
                    jdbc.update("UPDATE offer_stock_code SET issued = TRUE, issued_at = ? WHERE id IN ("
                            + placeholders(ids.size()) + ")", prepend(at, ids));
                }
                codes.put(line.lineId(), ids);
            } else {
                jdbc.update("""
                        UPDATE offer SET stock_count = GREATEST(stock_count - ?, 0),
                                         stock_held = GREATEST(stock_held - ?, 0)
                        WHERE id = ?""", line.quantity(), line.quantity(), line.offerId());
                codes.put(line.lineId(), List.of());
            }
        }
        return codes;
    }

    /** Gives the order's held stock back: a count's held units, the codes reserved for it. */
    void releaseStock(long orderId, List<Orders.HeldLine> lines) {
        for (Orders.HeldLine line : lines) {
            if (CODES.equals(line.stockKind())) {
                jdbc.update("UPDATE offer_stock_code SET held_by_order = NULL WHERE held_by_order = ? AND offer_id = ? "
                        + "AND NOT issued", orderId, line.offerId());
            } else {
                jdbc.update("UPDATE offer SET stock_held = GREATEST(stock_held - ?, 0) WHERE id = ?",
                        line.quantity(), line.offerId());
            }
        }
    }

    /** How holding the grants ended. */
    sealed interface GrantHold {
    }

    /** Held in the order's ledger account. */
    record Held(long orderAccountId) implements GrantHold {
    }

    /** A grant's balance is below its part now: nothing was written. */
    record Overdrawn() implements GrantHold {
    }

    /** Moves each grant's part to the order's account in one {@code HOLD} movement. */
    GrantHold holdGrants(long employerId, long employeeId, long orderId, OrderNumber number, Map<Long, Money> parts) {
        long orderAccount = ledger.openEmpty(employerId, LedgerAccountType.ORDER, orderId);
        List<Posting.Leg> legs = new ArrayList<>();
        Money total = Money.ZERO;
        for (Map.Entry<Long, Money> part : new TreeMap<>(parts).entrySet()) {
            if (!part.getValue().isPositive()) {
                continue;
            }
            long grantAccount = ledger.accountOf(employerId, LedgerAccountType.GRANT, part.getKey())
                    .orElseThrow(() -> new IllegalStateException("Grant " + part.getKey() + " has no account"));
            legs.add(new Posting.Leg(grantAccount, part.getValue().negate()));
            total = total.plus(part.getValue());
        }
        legs.add(new Posting.Leg(orderAccount, total));
        PostingResult result = ledger.post(new Movement(employerId, MovementKind.HOLD, null,
                "Commande " + number.value(), employeeId), new Posting(legs));
        return switch (result) {
            case PostingResult.Posted posted -> new Held(orderAccount);
            case PostingResult.Overdrawn overdrawn -> new Overdrawn();
        };
    }

    /**
     * Gives the order's account back in one {@code RELEASE} movement: each grant its part, or, for a grant that ended
     * meanwhile (expired or revoked, whose balance the expiry job no longer looks at), the employer budget. The grants'
     * rows are locked first, in id order, as the expiry job and revocation lock them, so that none ends while its part
     * comes back.
     */
    void releaseGrants(Orders.Pending order, Map<Long, Money> parts, Long by) {
        if (order.ledgerAccountId() == null || parts.isEmpty()) {
            return;
        }
        List<Long> grantIds = new ArrayList<>(new TreeMap<>(parts).keySet());
        Map<Long, String> statuses = new LinkedHashMap<>();
        jdbc.list("SELECT id, status FROM allowance_grant WHERE id IN (" + placeholders(grantIds.size())
                        + ") ORDER BY id FOR UPDATE",
                row -> statuses.put(row.getLong("id"), row.getString("status")), grantIds.toArray());
        Money held = ledger.balance(order.ledgerAccountId());
        Money total = parts.values().stream().reduce(Money.ZERO, Money::plus);
        if (!held.equals(total)) {
            throw new IllegalStateException("Order " + order.id() + " holds " + held + ", its parts say " + total);
        }
        Map<Long, Money> byAccount = new TreeMap<>();
        Long budget = null;
        for (Long grantId : grantIds) {
            Money part = parts.get(grantId);
            long account;
            if ("ACTIVE".equals(statuses.get(grantId))) {
                account = ledger.accountOf(order.employerId(), LedgerAccountType.GRANT, grantId).orElseThrow();
            } else {
                if (budget == null) {
                    budget = ledger.employerAccounts(order.employerId()).budgetId();
                }
                account = budget;
            }
            byAccount.merge(account, part, Money::plus);
        }
        List<Posting.Leg> legs = new ArrayList<>();
        legs.add(new Posting.Leg(order.ledgerAccountId(), total.negate()));
        byAccount.forEach((account, amount) -> legs.add(new Posting.Leg(account, amount)));
        PostingResult result = ledger.post(new Movement(order.employerId(), MovementKind.RELEASE, null,
                "Commande " + order.number().value(), by), new Posting(legs));
        if (result instanceof PostingResult.Overdrawn) {
            throw new IllegalStateException("Releasing order " + order.id() + " would overdraw its account");
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Object[] prepend(Object first, List<Long> rest) {
        Object[] values = new Object[rest.size() + 1];
        values[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            values[i + 1] = rest.get(i);
        }
        return values;
    }
}
