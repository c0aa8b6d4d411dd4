package org.openbenefits.domain.pricing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.Refusal;

/**
 * Prices a cart (docs/domain-rules.md, "Pricing"): each line is its unit price times its quantity; an advantage code
 * takes its discount off the lines of its categories, spread in proportion to their amounts; a cart with a postal line
 * pays the flat shipping fee unless its lines after discount reach the threshold or a free-shipping code applies. Never
 * refuses a cart: a code that does not apply says why and the cart is priced without it.
 */
public final class PriceCart {

    private final ShippingSettings shipping;

    public PriceCart(ShippingSettings shipping) {
        this.shipping = Objects.requireNonNull(shipping, "shipping");
    }

    /** The cart without advantage code. */
    public PricedCart price(List<CartItem> items) {
        requireUniqueIds(items);
        return priced(items, List.of(), new CodeOutcome.NoCode());
    }

    /** The cart with the advantage code typed, as {@link CheckAdvantageCode} found it. */
    public PricedCart price(List<CartItem> items, CodeCheck check) {
        requireUniqueIds(items);
        return switch (check) {
            case CodeCheck.Unusable unusable ->
                    priced(items, List.of(), new CodeOutcome.NotApplied(unusable.typed(), unusable.refusal()));
            case CodeCheck.Usable usable -> withCode(items, usable.code());
        };
    }

    private PricedCart withCode(List<CartItem> items, AdvantageCode code) {
        List<Money> covered = items.stream().map(item -> code.covers(item) ? item.gross() : Money.ZERO).toList();
        Money coveredTotal = covered.stream().reduce(Money.ZERO, Money::plus);
        boolean freeShipping = code.benefit() instanceof Benefit.FreeShipping;
        if (freeShipping && items.stream().noneMatch(item -> item.delivery().isPostal())) {
            return notApplied(items, code, Refusal.of(PricingRefusal.NO_POSTAL_LINE, "code", code.code()));
        }
        if (!coveredTotal.isPositive()) {
            return notApplied(items, code, Refusal.of(PricingRefusal.NO_ELIGIBLE_LINE, "code", code.code()));
        }
        if (coveredTotal.compareTo(code.minimum()) < 0) {
            return notApplied(items, code, Refusal.of(PricingRefusal.MINIMUM_NOT_REACHED, "code", code.code(),
                    "minimum", code.minimum(), "missing", code.minimum().minus(coveredTotal)));
        }
        Money discount = switch (code.benefit()) {
            case Benefit.PercentOff percent -> percent.appliedTo(coveredTotal);
            case Benefit.AmountOff amount -> amount.amount().min(coveredTotal);
            case Benefit.FreeShipping free -> Money.ZERO;
        };
        return priced(items, discount.spreadOver(covered), new CodeOutcome.Applied(code, discount, freeShipping));
    }

    private PricedCart notApplied(List<CartItem> items, AdvantageCode code, Refusal why) {
        return priced(items, List.of(), new CodeOutcome.NotApplied(code.code(), why));
    }

    /** The cart with each line's share of the discount (none when {@code discounts} is empty). */
    private PricedCart priced(List<CartItem> items, List<Money> discounts, CodeOutcome outcome) {
        List<PricedLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add(new PricedLine(items.get(i), discounts.isEmpty() ? Money.ZERO : discounts.get(i)));
        }
        Money net = lines.stream().map(PricedLine::net).reduce(Money.ZERO, Money::plus);
        boolean posted = items.stream().anyMatch(item -> item.delivery().isPostal());
        boolean freeByCode = outcome instanceof CodeOutcome.Applied applied && applied.freeShipping();
        boolean free = !posted || freeByCode || net.compareTo(shipping.freeFrom()) >= 0;
        return new PricedCart(lines, outcome, free ? Money.ZERO : shipping.fee());
    }

    private static void requireUniqueIds(List<CartItem> items) {
        Set<Object> seen = new HashSet<>();
        seen.add(PricedCart.SHIPPING_LINE);
        for (CartItem item : items) {
            if (!seen.add(item.id())) {
                throw new IllegalArgumentException("Two cart lines share the id " + item.id()
                        + ", or one takes the shipping line's");
            }
        }
    }
}
