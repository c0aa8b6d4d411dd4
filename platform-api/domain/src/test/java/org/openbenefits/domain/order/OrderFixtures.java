package org.openbenefits.domain.order;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openbenefits.domain.allocation.GrantId;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.money.Money;

/** Small orders for the order tests: lines in any state, paid by grants named as strings. */
final class OrderFixtures {

    static final LocalDate DAY = LocalDate.of(2026, 12, 5);
    static final TrackingNumber TRACKING = TrackingNumber.of("6A12345678901");

    private OrderFixtures() {
    }

    /** Parts as grant, amount, grant, amount..., the card's part first. */
    static PaidParts paid(String card, String... grantsAndAmounts) {
        Map<GrantId, Money> grants = new LinkedHashMap<>();
        for (int i = 0; i < grantsAndAmounts.length; i += 2) {
            grants.put(GrantId.of(grantsAndAmounts[i]), Money.euros(grantsAndAmounts[i + 1]));
        }
        return new PaidParts(grants, Money.euros(card));
    }

    static OrderLine line(String id, Delivery delivery, LineState state, PaidParts paid) {
        return new OrderLine(LineId.of(id), delivery, state, paid,
                state.isWithCarrier() ? Optional.of(TRACKING) : Optional.empty());
    }

    static OrderLine line(String id, Delivery delivery, LineState state) {
        return line(id, delivery, state, paid("10.00"));
    }

    static Order order(OrderLine... lines) {
        return new Order(OrderNumber.of("CMD-1"), List.of(lines), Optional.empty());
    }

    static Order order(PaidParts fee, OrderLine... lines) {
        return new Order(OrderNumber.of("CMD-1"), List.of(lines), Optional.of(ShippingFee.newlyPaid(fee)));
    }

    static List<LineId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(LineId::of).toList();
    }

    static Map<GrantId, GrantStanding> valid(String... grants) {
        Map<GrantId, GrantStanding> standings = new LinkedHashMap<>();
        for (String grant : grants) {
            standings.put(GrantId.of(grant), new GrantStanding(LocalDate.of(2026, 12, 31), false));
        }
        return standings;
    }

    static Money euros(String amount) {
        return Money.euros(amount);
    }
}
