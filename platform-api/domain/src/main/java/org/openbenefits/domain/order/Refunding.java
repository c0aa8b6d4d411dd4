package org.openbenefits.domain.order;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbenefits.domain.allocation.GrantId;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.money.Money;

/**
 * Where each euro of cancelled lines goes: a grant's part back to that grant when it is valid on the day and not
 * revoked, otherwise to the employer's budget; the card's part to the card. Nothing is split or rounded: every part
 * goes back whole, so the refund is exactly what was paid.
 */
final class Refunding {

    private Refunding() {
    }

    static Refund refund(List<LineId> cancelledLines, List<PaidParts> refunded, boolean shippingRefunded, LocalDate on,
                         Map<GrantId, GrantStanding> grants) {
        Map<GrantId, Money> toGrants = new LinkedHashMap<>();
        Map<GrantId, Money> toEmployerBudget = new LinkedHashMap<>();
        Money toCard = Money.ZERO;
        Money paid = Money.ZERO;
        for (PaidParts parts : refunded) {
            paid = paid.plus(parts.total());
            toCard = toCard.plus(parts.card());
            for (Map.Entry<GrantId, Money> part : parts.grants().entrySet()) {
                GrantStanding standing = grants.get(part.getKey());
                if (standing == null) {
                    throw new IllegalArgumentException("No standing given for grant " + part.getKey()
                            + ", which paid the order");
                }
                (standing.takesBackOn(on) ? toGrants : toEmployerBudget).merge(part.getKey(), part.getValue(), Money::plus);
            }
        }
        Refund refund = new Refund(cancelledLines, toGrants, toEmployerBudget, toCard, shippingRefunded);
        if (!refund.total().equals(paid)) {
            throw new IllegalStateException("A refund gives back " + paid + ", not " + refund.total());
        }
        return refund;
    }
}
