package org.openbenefits.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbenefits.domain.order.OrderFixtures.DAY;
import static org.openbenefits.domain.order.OrderFixtures.euros;
import static org.openbenefits.domain.order.OrderFixtures.ids;
import static org.openbenefits.domain.order.OrderFixtures.line;
import static org.openbenefits.domain.order.OrderFixtures.order;
import static org.openbenefits.domain.order.OrderFixtures.paid;
import static org.openbenefits.domain.order.OrderFixtures.valid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openbenefits.domain.allocation.Allocation;
import org.openbenefits.domain.allocation.AllowanceAllocator;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.allocation.CartLine;
import org.openbenefits.domain.allocation.EligibleCategories;
import org.openbenefits.domain.allocation.Grant;
import org.openbenefits.domain.allocation.GrantId;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;

class CancellingOrderLinesTest {

    @TestFactory
    Stream<DynamicTest> only_paid_and_preparing_lines_can_be_cancelled_any_other_is_refused_with_the_code_of_its_state() {
        Map<LineState, Optional<OrderRefusal>> expected = new LinkedHashMap<>();
        expected.put(LineState.PAID, Optional.empty());
        expected.put(LineState.PREPARING, Optional.empty());
        expected.put(LineState.SENT, Optional.of(OrderRefusal.LINE_SENT));
        expected.put(LineState.SHIPPED, Optional.of(OrderRefusal.LINE_SHIPPED));
        expected.put(LineState.DELIVERED, Optional.of(OrderRefusal.LINE_DELIVERED));
        expected.put(LineState.CANCELLED, Optional.of(OrderRefusal.LINE_CANCELLED));
        List<DynamicTest> tests = new ArrayList<>();
        for (Delivery delivery : Delivery.values()) {
            expected.forEach((state, refusal) -> {
                if (state.existsFor(delivery)) {
                    tests.add(DynamicTest.dynamicTest("a " + delivery + " line " + state + " is "
                                    + refusal.map(code -> "refused with " + code.code()).orElse("cancelled"),
                            () -> checkCancel(delivery, state, refusal)));
                }
            });
        }
        return tests.stream();
    }

    private static void checkCancel(Delivery delivery, LineState state, Optional<OrderRefusal> refusal) {
        Order order = order(line("L1", delivery, state, paid("2.00", "SUB", "3.00")));

        Cancellation outcome = order.cancel(ids("L1"), DAY, valid("SUB"));

        if (refusal.isEmpty()) {
            assertThat(outcome).isInstanceOf(Cancellation.Accepted.class);
            assertThat(((Cancellation.Accepted) outcome).order().line(LineId.of("L1")).orElseThrow().state())
                    .isEqualTo(LineState.CANCELLED);
        } else {
            assertThat(outcome).isEqualTo(new Cancellation.Refused(
                    Refusal.of(OrderRefusal.LINES_NOT_CANCELLABLE, "lines", "L1")
                            .withField(FieldRefusal.of("lines[0]", refusal.get(), "line", "L1")),
                    ids("L1")));
        }
    }

    @Test
    void a_request_with_one_line_that_cannot_be_cancelled_cancels_nothing_and_names_every_line_at_fault() {
        Order order = order(line("L1", Delivery.E_TICKET, LineState.SENT), line("L2", Delivery.POSTAL, LineState.PREPARING),
                line("L3", Delivery.POSTAL, LineState.SHIPPED));

        Cancellation outcome = order.cancel(ids("L3", "L2", "L1"), DAY, valid());

        assertThat(outcome).isEqualTo(new Cancellation.Refused(
                Refusal.of(OrderRefusal.LINES_NOT_CANCELLABLE, "lines", "L3, L1")
                        .withField(FieldRefusal.of("lines[0]", OrderRefusal.LINE_SHIPPED, "line", "L3"))
                        .withField(FieldRefusal.of("lines[2]", OrderRefusal.LINE_SENT, "line", "L1")),
                ids("L3", "L1")));
    }

    @Test
    void cancelling_a_line_twice_is_refused_the_second_time_and_refunds_nothing_more() {
        Order order = order(paid("4.90"), line("L1", Delivery.POSTAL, LineState.PREPARING, paid("5.00", "SUB", "10.00")));
        Cancellation.Accepted first = (Cancellation.Accepted) order.cancel(ids("L1"), DAY, valid("SUB"));
        assertThat(first.refund().total()).isEqualTo(euros("19.90"));

        Cancellation second = first.order().cancel(ids("L1"), DAY, valid("SUB"));

        assertThat(second).isEqualTo(new Cancellation.Refused(
                Refusal.of(OrderRefusal.LINES_NOT_CANCELLABLE, "lines", "L1")
                        .withField(FieldRefusal.of("lines[0]", OrderRefusal.LINE_CANCELLED, "line", "L1")),
                ids("L1")));
        assertThat(first.order().shipping().orElseThrow().refunded()).isTrue();
    }

    @Test
    void a_line_named_twice_in_one_request_or_unknown_to_the_order_makes_the_request_invalid() {
        Order order = order(line("L1", Delivery.E_TICKET, LineState.PAID), line("L2", Delivery.E_TICKET, LineState.SENT));

        Cancellation outcome = order.cancel(ids("L1", "L9", "L1"), DAY, valid());

        assertThat(outcome).isEqualTo(new Cancellation.Refused(Refusal.invalid(List.of(
                FieldRefusal.of("lines[1]", OrderRefusal.LINE_UNKNOWN, "line", "L9"),
                FieldRefusal.of("lines[2]", OrderRefusal.LINE_NAMED_TWICE, "line", "L1"))), ids("L9", "L1")));
    }

    @Test
    void a_request_naming_no_line_is_invalid() {
        Cancellation outcome = order(line("L1", Delivery.E_TICKET, LineState.PAID)).cancel(List.of(), DAY, valid());

        assertThat(outcome).isEqualTo(new Cancellation.Refused(Refusal.onField("lines", FieldCode.REQUIRED), List.of()));
    }

    @Test
    void each_grant_part_goes_back_to_its_grant_while_valid_and_otherwise_to_the_employer_budget_the_card_part_to_the_card() {
        Order order = order(line("L1", Delivery.E_TICKET, LineState.PAID, paid("1.01", "SUB", "2.00", "CULT", "3.00")),
                line("L2", Delivery.E_GIFT_CARD, LineState.PAID, paid("0.99", "CULT", "4.00", "GIFT", "5.00", "REV", "6.00")));
        Map<GrantId, GrantStanding> grants = Map.of(
                GrantId.of("SUB"), new GrantStanding(DAY, false),
                GrantId.of("CULT"), new GrantStanding(DAY.minusDays(1), false),
                GrantId.of("GIFT"), new GrantStanding(DAY.plusYears(1), false),
                GrantId.of("REV"), new GrantStanding(DAY.plusYears(1), true));

        Refund refund = ((Cancellation.Accepted) order.cancel(ids("L1", "L2"), DAY, grants)).refund();

        assertThat(refund.toGrants()).containsExactlyInAnyOrderEntriesOf(Map.of(
                GrantId.of("SUB"), euros("2.00"), GrantId.of("GIFT"), euros("5.00")));
        assertThat(refund.toEmployerBudget()).containsExactlyInAnyOrderEntriesOf(Map.of(
                GrantId.of("CULT"), euros("7.00"), GrantId.of("REV"), euros("6.00")));
        assertThat(refund.toCard()).isEqualTo(euros("2.00"));
        assertThat(refund.employeeToBeTold()).isTrue();
        assertThat(refund.cancelledLines()).isEqualTo(ids("L1", "L2"));
    }

    @Test
    void the_fee_is_refunded_once_with_the_last_postal_line_and_never_while_a_parcel_remains() {
        Order order = order(paid("1.90", "GIFT", "3.00"),
                line("L1", Delivery.POSTAL, LineState.PAID, paid("10.00")),
                line("L2", Delivery.POSTAL, LineState.PREPARING, paid("20.00")),
                line("L3", Delivery.E_TICKET, LineState.PAID, paid("30.00")));

        Cancellation.Accepted first = (Cancellation.Accepted) order.cancel(ids("L1"), DAY, valid("GIFT"));
        Cancellation.Accepted second = (Cancellation.Accepted) first.order().cancel(ids("L2"), DAY, valid("GIFT"));
        Cancellation.Accepted third = (Cancellation.Accepted) second.order().cancel(ids("L3"), DAY, valid("GIFT"));

        assertThat(first.refund().shippingRefunded()).isFalse();
        assertThat(second.refund().shippingRefunded()).isTrue();
        assertThat(second.refund().toGrants()).containsExactly(Map.entry(GrantId.of("GIFT"), euros("3.00")));
        assertThat(second.refund().toCard()).isEqualTo(euros("21.90"));
        assertThat(third.refund().shippingRefunded()).isFalse();
        assertThat(third.refund().total()).isEqualTo(euros("30.00"));
    }

    @Test
    void the_fee_stays_when_a_parcel_was_shipped_even_if_the_other_postal_line_is_cancelled() {
        Order order = order(paid("4.90"), line("L1", Delivery.POSTAL, LineState.SHIPPED, paid("10.00")),
                line("L2", Delivery.POSTAL, LineState.PREPARING, paid("20.00")));

        Refund refund = ((Cancellation.Accepted) order.cancel(ids("L2"), DAY, valid())).refund();

        assertThat(refund.shippingRefunded()).isFalse();
        assertThat(refund.toCard()).isEqualTo(euros("20.00"));
    }

    @Test
    void cancelling_an_order_line_by_line_gives_back_exactly_what_it_was_paid_not_a_cent_more_or_less() {
        Order order = order(paid("0.01", "GIFT", "4.89"),
                line("L1", Delivery.POSTAL, LineState.PREPARING, paid("0.01", "SUB", "3.33", "GIFT", "0.01")),
                line("L2", Delivery.E_TICKET, LineState.PAID, paid("0.00", "CULT", "0.01")),
                line("L3", Delivery.POSTAL, LineState.PAID, paid("33.33", "SUB", "0.34", "CULT", "9.99")));
        Map<GrantId, GrantStanding> grants = new LinkedHashMap<>();
        grants.put(GrantId.of("SUB"), new GrantStanding(DAY, false));
        grants.put(GrantId.of("CULT"), new GrantStanding(DAY.plusDays(1), false));
        grants.put(GrantId.of("GIFT"), new GrantStanding(DAY.minusDays(1), false));

        Money refunded = Money.ZERO;
        Order current = order;
        LocalDate day = DAY;
        for (String line : List.of("L3", "L1", "L2")) {
            Cancellation.Accepted accepted = (Cancellation.Accepted) current.cancel(ids(line), day, grants);
            Refund refund = accepted.refund();
            Money parts = refund.toGrants().values().stream().reduce(refund.toCard(), Money::plus)
                    .plus(refund.toEmployerBudget().values().stream().reduce(Money.ZERO, Money::plus));
            assertThat(parts).as("the parts of the refund of %s add up to its total", line).isEqualTo(refund.total());
            refunded = refunded.plus(refund.total());
            current = accepted.order();
            day = day.plusDays(1);
        }

        assertThat(order.total()).isEqualTo(euros("51.92"));
        assertThat(refunded).isEqualTo(order.total());
        assertThat(current.status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void a_refund_cannot_be_built_with_a_zero_or_negative_part() {
        assertThatThrownBy(() -> new Refund(ids("L1"), Map.of(GrantId.of("SUB"), Money.ZERO), Map.of(), Money.ZERO, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Refund(ids("L1"), Map.of(), Map.of(), euros("-0.01"), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> paid("1.00", "SUB", "-1.00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_grant_that_paid_without_a_standing_given_is_a_bug_of_the_caller_not_a_silent_loss() {
        Order order = order(line("L1", Delivery.E_TICKET, LineState.PAID, paid("0.00", "SUB", "5.00")));

        assertThatThrownBy(() -> order.cancel(ids("L1"), DAY, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUB");
    }

    @Test
    void a_paid_order_keeps_per_line_what_each_grant_and_the_card_paid_as_allocation_decided() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        List<CartLine> cart = List.of(
                new CartLine(LineId.of("L1"), "CINEMA", euros("12.00"), day),
                new CartLine(LineId.of("L2"), "BOOKS", euros("20.00"), day),
                new CartLine(LineId.of("SHIP"), "SHIPPING", euros("4.90"), day));
        List<Grant> grants = List.of(
                new Grant(GrantId.of("SUB"), AllowanceKind.SUBSIDY, euros("5.00"), Optional.empty(),
                        LocalDate.of(2026, 12, 31), EligibleCategories.only(List.of("CINEMA")), Optional.empty()),
                new Grant(GrantId.of("GIFT"), AllowanceKind.GIFT_CHEQUE, euros("10.00"), Optional.empty(),
                        LocalDate.of(2026, 12, 31), EligibleCategories.anyCategory(), Optional.empty()));
        Allocation allocation = new AllowanceAllocator().allocate(cart, grants);

        Order order = Order.paid(OrderNumber.of("CMD-7"), allocation,
                Map.of(LineId.of("L1"), Delivery.E_TICKET, LineId.of("L2"), Delivery.POSTAL), Optional.of(LineId.of("SHIP")));

        assertThat(order.lines()).extracting(OrderLine::state).containsOnly(LineState.PAID);
        assertThat(order.lines()).extracting(OrderLine::id).containsExactly(LineId.of("L1"), LineId.of("L2"));
        assertThat(order.line(LineId.of("L1")).orElseThrow().paid().grants()).containsEntry(GrantId.of("SUB"), euros("5.00"));
        assertThat(order.total()).isEqualTo(euros("36.90"));
        assertThat(order.shipping()).isPresent();
        Money grantsPaid = order.lines().stream().flatMap(l -> l.paid().grants().values().stream())
                .reduce(order.shipping().orElseThrow().paid().grants().values().stream().reduce(Money.ZERO, Money::plus),
                        Money::plus);
        assertThat(grantsPaid).isEqualTo(allocation.allowances());
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void a_paid_order_needs_a_delivery_for_every_line_but_the_fee() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        Allocation allocation = new AllowanceAllocator().allocate(
                List.of(new CartLine(LineId.of("L1"), "CINEMA", euros("12.00"), day)), List.of());

        assertThatThrownBy(() -> Order.paid(OrderNumber.of("CMD-8"), allocation, Map.of(), Optional.empty()))
                .hasMessageContaining("No delivery for line L1");
        assertThatThrownBy(() -> Order.paid(OrderNumber.of("CMD-8"), allocation,
                Map.of(LineId.of("L1"), Delivery.E_TICKET, LineId.of("L2"), Delivery.POSTAL), Optional.empty()))
                .hasMessageContaining("Deliveries name lines");
    }
}
