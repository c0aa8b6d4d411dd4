package org.openbenefits.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbenefits.domain.order.OrderFixtures.TRACKING;
import static org.openbenefits.domain.order.OrderFixtures.line;
import static org.openbenefits.domain.order.OrderFixtures.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.refusal.Refusal;

class OrderFulfilmentTest {

    /** The moves DESIGN 3.6 and 3.7 allow, written out here rather than read from the code under test. */
    private static final Set<String> ALLOWED = Set.of(
            "E_TICKET PAID SENT", "E_GIFT_CARD PAID SENT",
            "POSTAL PAID PREPARING", "POSTAL PREPARING SHIPPED", "POSTAL SHIPPED DELIVERED");

    /** The states a delivery step moves a line to; CANCELLED is reached by cancelling only. */
    private static final List<LineState> STEPS = List.of(LineState.SENT, LineState.PREPARING, LineState.SHIPPED,
            LineState.DELIVERED);

    @TestFactory
    Stream<DynamicTest> every_move_the_rules_allow_is_made_and_every_other_is_refused_with_its_code() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Delivery delivery : Delivery.values()) {
            for (LineState from : LineState.values()) {
                if (!from.existsFor(delivery)) {
                    continue;
                }
                for (LineState to : STEPS) {
                    boolean allowed = ALLOWED.contains(delivery + " " + from + " " + to);
                    tests.add(DynamicTest.dynamicTest(
                            "a " + delivery + " line " + from + " " + (allowed ? "moves" : "is refused the move") + " to " + to,
                            () -> checkMove(delivery, from, to, allowed)));
                }
            }
        }
        return tests.stream();
    }

    private static void checkMove(Delivery delivery, LineState from, LineState to, boolean allowed) {
        Order order = order(line("L1", delivery, from));

        OrderChange change = step(order, LineId.of("L1"), to);

        if (allowed) {
            assertThat(change).isEqualTo(new OrderChange.Changed(
                    order(line("L1", delivery, to)), LineId.of("L1"), from, to));
        } else {
            assertThat(change).isEqualTo(new OrderChange.Refused(Refusal.of(OrderRefusal.LINE_TRANSITION_NOT_ALLOWED,
                    "line", "L1", "from", from.name(), "to", to.name())));
        }
    }

    private static OrderChange step(Order order, LineId line, LineState to) {
        return switch (to) {
            case SENT -> order.send(line);
            case PREPARING -> order.prepare(line);
            case SHIPPED -> order.ship(line, TRACKING);
            case DELIVERED -> order.deliver(line);
            default -> throw new IllegalArgumentException(to + " is not a delivery step");
        };
    }

    @Test
    void the_state_table_allows_exactly_the_moves_of_the_design_plus_cancelling_paid_and_preparing_lines() {
        Set<String> table = new java.util.TreeSet<>();
        for (Delivery delivery : Delivery.values()) {
            for (LineState from : LineState.values()) {
                from.next(delivery).forEach(to -> table.add(delivery + " " + from + " " + to));
            }
        }

        assertThat(table).containsExactlyInAnyOrder("E_TICKET PAID SENT", "E_GIFT_CARD PAID SENT",
                "POSTAL PAID PREPARING", "POSTAL PREPARING SHIPPED", "POSTAL SHIPPED DELIVERED",
                "E_TICKET PAID CANCELLED", "E_GIFT_CARD PAID CANCELLED", "POSTAL PAID CANCELLED",
                "POSTAL PREPARING CANCELLED");
    }

    @Test
    void a_shipped_line_keeps_its_tracking_number_once_delivered() {
        Order preparing = order(line("L1", Delivery.POSTAL, LineState.PREPARING));

        Order shipped = ((OrderChange.Changed) preparing.ship(LineId.of("L1"), TrackingNumber.of("6A99999999999"))).order();
        Order delivered = ((OrderChange.Changed) shipped.deliver(LineId.of("L1"))).order();

        assertThat(delivered.line(LineId.of("L1")).orElseThrow().tracking()).contains(TrackingNumber.of("6A99999999999"));
    }

    @Test
    void moving_a_line_the_order_does_not_have_is_refused_with_its_id() {
        OrderChange change = order(line("L1", Delivery.E_TICKET, LineState.PAID)).send(LineId.of("L9"));

        assertThat(change).isEqualTo(new OrderChange.Refused(Refusal.of(OrderRefusal.LINE_NOT_FOUND, "line", "L9")));
    }

    @Test
    void moving_one_line_leaves_the_others_as_they_were() {
        Order order = order(line("L1", Delivery.E_TICKET, LineState.PAID), line("L2", Delivery.POSTAL, LineState.PAID));

        Order after = ((OrderChange.Changed) order.send(LineId.of("L1"))).order();

        assertThat(after.lines()).extracting(OrderLine::state).containsExactly(LineState.SENT, LineState.PAID);
        assertThat(order.lines()).extracting(OrderLine::state).containsExactly(LineState.PAID, LineState.PAID);
    }

    @Test
    void a_line_in_a_state_its_delivery_never_has_cannot_even_be_built() {
        assertThatThrownBy(() -> line("L1", Delivery.E_TICKET, LineState.SHIPPED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never SHIPPED");
        assertThatThrownBy(() -> line("L1", Delivery.POSTAL, LineState.SENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never SENT");
        assertThatThrownBy(() -> new OrderLine(LineId.of("L1"), Delivery.POSTAL, LineState.SHIPPED,
                OrderFixtures.paid("1.00"), Optional.empty())).hasMessageContaining("tracking number");
    }

    @Test
    void an_order_pays_a_shipping_fee_only_with_a_postal_line_and_never_has_two_lines_of_one_id() {
        assertThatThrownBy(() -> order(OrderFixtures.paid("4.90"), line("L1", Delivery.E_TICKET, LineState.PAID)))
                .hasMessageContaining("postal line");
        assertThatThrownBy(() -> order(line("L1", Delivery.E_TICKET, LineState.PAID),
                line("L1", Delivery.POSTAL, LineState.PAID))).hasMessageContaining("share the id L1");
    }
}
