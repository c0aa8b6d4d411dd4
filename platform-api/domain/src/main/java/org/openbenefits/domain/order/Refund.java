package org.openbenefits.domain.order;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openbenefits.domain.allocation.GrantId;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.money.Money;

/**
 * Where the money of an accepted cancellation goes: each grant's part back to the grant, or to the employer's budget
 * when the grant can no longer take it; the card's part to the card. Adds up to exactly what the cancelled lines (and
 * the fee, when refunded) were paid.
 *
 * @param cancelledLines   the lines cancelled, in the order the request named them
 * @param toGrants         what goes back to each grant still valid and not revoked; grants getting nothing absent
 * @param toEmployerBudget what goes to the employer's budget, by the grant that had paid it; grants absent likewise
 * @param toCard           what is refunded to the card
 * @param shippingRefunded whether the shipping fee is part of this refund
 */
public record Refund(List<LineId> cancelledLines, Map<GrantId, Money> toGrants, Map<GrantId, Money> toEmployerBudget,
                     Money toCard, boolean shippingRefunded) {

    public Refund {
        cancelledLines = List.copyOf(cancelledLines);
        toGrants = positive(toGrants);
        toEmployerBudget = positive(toEmployerBudget);
        Objects.requireNonNull(toCard, "toCard");
        if (toCard.isNegative()) {
            throw new IllegalArgumentException("A card refund is never negative: " + toCard);
        }
    }

    /** Everything given back. */
    public Money total() {
        return toGrants.values().stream().reduce(toCard, Money::plus)
                .plus(toEmployerBudget.values().stream().reduce(Money.ZERO, Money::plus));
    }

    /** Whether part of the refund went to the employer instead of a grant: the employee is told so. */
    public boolean employeeToBeTold() {
        return !toEmployerBudget.isEmpty();
    }

    private static Map<GrantId, Money> positive(Map<GrantId, Money> amounts) {
        amounts.forEach((grant, amount) -> {
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("A refund part is positive: " + grant + " " + amount);
            }
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
    }
}
