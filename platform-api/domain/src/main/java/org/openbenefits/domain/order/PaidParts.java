package org.openbenefits.domain.order;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.openbenefits.domain.allocation.GrantId;
import org.openbenefits.domain.allocation.LineAllocation;
import org.openbenefits.domain.allocation.Payment;
import org.openbenefits.domain.money.Money;

/**
 * What paid one order line (or the shipping fee): each grant's part and the card's, as allocation decided at checkout.
 * A refund gives back exactly these parts.
 *
 * @param grants each paying grant's part, positive, in allocation order; grants paying nothing are absent
 * @param card   the card's part, never negative
 */
public record PaidParts(Map<GrantId, Money> grants, Money card) {

    public PaidParts {
        Objects.requireNonNull(card, "card");
        if (card.isNegative()) {
            throw new IllegalArgumentException("The card's part is never negative: " + card);
        }
        grants.forEach((grant, amount) -> {
            Objects.requireNonNull(grant, "grant");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("A grant's part is positive: " + grant + " " + amount);
            }
        });
        grants = Collections.unmodifiableMap(new LinkedHashMap<>(grants));
    }

    /** What allocation decided for one line. */
    public static PaidParts of(LineAllocation allocation) {
        Map<GrantId, Money> grants = new LinkedHashMap<>();
        for (Payment payment : allocation.payments()) {
            grants.merge(payment.grant(), payment.amount(), Money::plus);
        }
        return new PaidParts(grants, allocation.card());
    }

    public static PaidParts byCard(Money card) {
        return new PaidParts(Map.of(), card);
    }

    /** What was paid in all: the line's amount. */
    public Money total() {
        return grants.values().stream().reduce(card, Money::plus);
    }
}
