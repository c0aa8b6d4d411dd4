package org.openbenefits.domain.pricing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openbenefits.domain.allocation.CartLine;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.money.Money;

/**
 * A cart priced ({@link PriceCart}): each line after discount, what became of the advantage code, the shipping fee and
 * the total, as the checkout page shows them and allocation then pays them.
 *
 * @param lines    one per cart line, in cart order
 * @param code     the advantage code's outcome
 * @param shipping the shipping fee, zero when shipping is free or nothing is posted
 */
public record PricedCart(List<PricedLine> lines, CodeOutcome code, Money shipping) {

    /** The line the shipping fee is paid as in allocation. */
    public static final LineId SHIPPING_LINE = LineId.of("SHIPPING");
    /**
     * The category of the shipping line: no campaign may name it (it is no catalogue category), so only "any
     * category" grants pay it.
     */
    public static final String SHIPPING_CATEGORY = "SHIPPING";

    public PricedCart {
        lines = List.copyOf(lines);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(shipping, "shipping");
    }

    /** Whether an advantage code applies (also when it only makes shipping free). */
    public boolean codeApplies() {
        return code instanceof CodeOutcome.Applied;
    }

    /** What the lines add up to before discount. */
    public Money gross() {
        return lines.stream().map(PricedLine::gross).reduce(Money.ZERO, Money::plus);
    }

    /** The advantage code's discount over all lines. */
    public Money discount() {
        return lines.stream().map(PricedLine::discount).reduce(Money.ZERO, Money::plus);
    }

    /** What the lines add up to after discount, shipping aside; the free-shipping threshold is judged on it. */
    public Money net() {
        return lines.stream().map(PricedLine::net).reduce(Money.ZERO, Money::plus);
    }

    /** The lines after discount plus the shipping fee: what allowances and the card pay together. */
    public Money total() {
        return net().plus(shipping);
    }

    /**
     * The lines as allocation pays them on the given day: each line's amount after discount, and the shipping fee as
     * a line of its own ({@link #SHIPPING_LINE}, category {@link #SHIPPING_CATEGORY}) when there is one to pay.
     */
    public List<CartLine> toAllocationLines(LocalDate on) {
        List<CartLine> result = new ArrayList<>();
        for (PricedLine line : lines) {
            result.add(new CartLine(line.id(), line.item().category(), line.net(), on));
        }
        if (shipping.isPositive()) {
            result.add(new CartLine(SHIPPING_LINE, SHIPPING_CATEGORY, shipping, on));
        }
        return List.copyOf(result);
    }
}
