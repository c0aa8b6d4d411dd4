package org.openbenefits.platform.checkout;

import java.util.List;
import java.util.Optional;

import org.openbenefits.domain.allocation.LineAllocation;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.pricing.PricedLine;
import org.openbenefits.domain.refusal.Refusal;

/**
 * One cart line as checkout would take it now: the offer as it is today, the line priced and allocated, and what
 * stops it from being bought, if anything.
 *
 * @param available  units left to sell now
 * @param priced     the line with its share of the advantage code's discount
 * @param allocation what the grants and the card pay of it
 * @param parts      the grants' parts, in the order they are used
 * @param problem    {@code cart.sold-out}, {@code cart.quantity-above-stock} or {@code cart.quantity-above-maximum}
 */
public record QuotedLine(long offerId, String title, String category, Delivery delivery, int quantity,
                         Money unitPrice, long available, int maxPerOrder, PricedLine priced,
                         LineAllocation allocation, List<GrantPart> parts, Optional<Refusal> problem) {

    public QuotedLine {
        parts = List.copyOf(parts);
    }

    /** The id a cart line has in pricing, allocation and the order. */
    public static LineId lineId(long offerId) {
        return LineId.of("offer-" + offerId);
    }

    /** What the card pays of this line. */
    public Money card() {
        return allocation.card();
    }
}
