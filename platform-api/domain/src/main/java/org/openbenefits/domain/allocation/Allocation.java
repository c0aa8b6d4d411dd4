package org.openbenefits.domain.allocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbenefits.domain.money.Money;

/**
 * The result of allocating allowances to a cart, line by line, as checkout holds it and the checkout page shows it.
 *
 * @param lines one entry per cart line, in cart order
 */
public record Allocation(List<LineAllocation> lines) {

    public Allocation {
        lines = List.copyOf(lines);
    }

    /** What the bank card pays in total. */
    public Money card() {
        return lines.stream().map(LineAllocation::card).reduce(Money.ZERO, Money::plus);
    }

    /** What the allowances pay in total. */
    public Money allowances() {
        return lines.stream().map(LineAllocation::allowances).reduce(Money.ZERO, Money::plus);
    }

    /** What each grant pays in total, grants paying nothing left out, in the order grants were first used. */
    public Map<GrantId, Money> grantTotals() {
        Map<GrantId, Money> totals = new LinkedHashMap<>();
        lines.stream().flatMap(line -> line.payments().stream())
                .forEach(payment -> totals.merge(payment.grant(), payment.amount(), Money::plus));
        return totals;
    }

    /** Every payment of every line. */
    public List<Payment> payments() {
        return lines.stream().flatMap(line -> line.payments().stream()).toList();
    }
}
