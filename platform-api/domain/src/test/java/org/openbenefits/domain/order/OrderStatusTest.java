package org.openbenefits.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbenefits.domain.order.LineState.CANCELLED;
import static org.openbenefits.domain.order.LineState.DELIVERED;
import static org.openbenefits.domain.order.LineState.PAID;
import static org.openbenefits.domain.order.LineState.PREPARING;
import static org.openbenefits.domain.order.LineState.SENT;
import static org.openbenefits.domain.order.LineState.SHIPPED;
import static org.openbenefits.domain.order.OrderFixtures.line;
import static org.openbenefits.domain.order.OrderFixtures.order;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.catalogue.Delivery;

class OrderStatusTest {

    @Test
    void an_order_whose_lines_all_wait_is_paid() {
        assertThat(OrderStatus.of(List.of(PAID, PAID))).isEqualTo(OrderStatus.PAID);
        assertThat(OrderStatus.of(List.of(PAID, CANCELLED))).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void an_order_with_some_lines_under_way_and_others_waiting_is_in_progress() {
        assertThat(OrderStatus.of(List.of(SENT, PAID))).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(OrderStatus.of(List.of(PREPARING))).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(OrderStatus.of(List.of(SHIPPED, PREPARING))).isEqualTo(OrderStatus.IN_PROGRESS);
    }

    @Test
    void an_order_with_nothing_left_to_send_and_a_parcel_on_its_way_is_shipped() {
        assertThat(OrderStatus.of(List.of(SHIPPED))).isEqualTo(OrderStatus.SHIPPED);
        assertThat(OrderStatus.of(List.of(SENT, SHIPPED, DELIVERED, CANCELLED))).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void an_order_whose_lines_are_all_sent_or_delivered_is_completed_cancelled_lines_aside() {
        assertThat(OrderStatus.of(List.of(SENT, DELIVERED))).isEqualTo(OrderStatus.COMPLETED);
        assertThat(OrderStatus.of(List.of(SENT, CANCELLED))).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void an_order_whose_lines_are_all_cancelled_is_cancelled() {
        assertThat(OrderStatus.of(List.of(CANCELLED, CANCELLED))).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void the_status_follows_the_lines_as_they_move_and_says_when_some_are_cancelled() {
        Order order = order(line("L1", Delivery.E_TICKET, PAID), line("L2", Delivery.POSTAL, PAID));
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);

        Order sent = ((OrderChange.Changed) order.send(LineId.of("L1"))).order();
        assertThat(sent.status()).isEqualTo(OrderStatus.IN_PROGRESS);

        Order cancelled = ((Cancellation.Accepted) sent.cancel(List.of(LineId.of("L2")), OrderFixtures.DAY,
                OrderFixtures.valid())).order();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(cancelled.partlyCancelled()).isTrue();
        assertThat(order.partlyCancelled()).isFalse();
    }
}
