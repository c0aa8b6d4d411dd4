package org.openbenefits.platform.checkout;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.openbenefits.domain.allocation.Allocation;
import org.openbenefits.domain.allocation.LineAllocation;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.pricing.PricedCart;
import org.openbenefits.domain.refusal.Refusal;

/**
 * A cart priced and allocated as checkout would take it now ({@link QuoteCart}): the cart page shows it, checkout holds
 * it.
 *
 * @param lines         the lines of offers the employee may buy, in cart order
 * @param priced        the cart priced (lines, advantage code, shipping fee)
 * @param allocation    what each grant and the card pay of each line, the shipping line included
 * @param shipping      the shipping line's allocation, when a fee is to pay
 * @param shippingParts the grants' parts of the shipping fee
 * @param shipBy        the expected ship date when a line is sent by post
 * @param problems      what stops the cart from being bought as it is, empty when it can be
 */
public record Quote(List<QuotedLine> lines, PricedCart priced, Allocation allocation,
                    Optional<LineAllocation> shipping, List<GrantPart> shippingParts, Optional<LocalDate> shipBy,
                    List<Refusal> problems) {

    public Quote {
        lines = List.copyOf(lines);
        Objects.requireNonNull(priced, "priced");
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(shipping, "shipping");
        shippingParts = List.copyOf(shippingParts);
        Objects.requireNonNull(shipBy, "shipBy");
        problems = List.copyOf(problems);
    }

    /** Lines after discount plus shipping. */
    public Money total() {
        return priced.total();
    }

    /** What the allowances pay in all. */
    public Money allowances() {
        return allocation.allowances();
    }

    /** What is left for the card. */
    public Money card() {
        return allocation.card();
    }

    public Money discount() {
        return priced.discount();
    }

    public Money shippingFee() {
        return priced.shipping();
    }

    /** Whether checkout may take the cart as it is: at least one line and nothing in the way. */
    public boolean payable() {
        return !lines.isEmpty() && problems.isEmpty();
    }

    /** What each grant pays in all, by grant id, in the order the grants are used: what checkout holds. */
    public Map<Long, Money> grantTotals() {
        Map<Long, Money> totals = new LinkedHashMap<>();
        lines.forEach(line -> line.parts().forEach(part -> totals.merge(part.grantId(), part.amount(), Money::plus)));
        shippingParts.forEach(part -> totals.merge(part.grantId(), part.amount(), Money::plus));
        return totals;
    }
}
