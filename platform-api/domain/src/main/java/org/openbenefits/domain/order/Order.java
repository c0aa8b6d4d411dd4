package org.openbenefits.domain.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openbenefits.domain.allocation.Allocation;
import org.openbenefits.domain.allocation.GrantId;
import org.openbenefits.domain.allocation.LineAllocation;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.Refusal;

/**
 * An employee's order (docs/domain-rules.md, "Orders, cancellation and refunds"): its lines, each with its own
 * fulfilment state and what each grant and the card paid of it, and the shipping fee if any. Immutable: every change
 * answers a new order inside an outcome, or a refusal; its status is derived from its lines.
 *
 * @param number   the order's readable number
 * @param lines    at least one line, ids unique, in cart order
 * @param shipping the shipping fee, only on an order with a postal line
 */
public record Order(OrderNumber number, List<OrderLine> lines, Optional<ShippingFee> shipping) {

    public Order {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(shipping, "shipping");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An order has at least one line: " + number);
        }
        Set<LineId> ids = new HashSet<>();
        for (OrderLine line : lines) {
            if (!ids.add(line.id())) {
                throw new IllegalArgumentException("Two lines of order " + number + " share the id " + line.id());
            }
        }
        if (shipping.isPresent() && lines.stream().noneMatch(OrderLine::isPostal)) {
            throw new IllegalArgumentException("Only an order with a postal line pays a shipping fee: " + number);
        }
    }

    /**
     * The order checkout just paid, every line {@link LineState#PAID}, paid as the allocation says.
     *
     * @param allocation   the allocation of the cart, the shipping fee (if any) a line of it
     * @param deliveries   how each line other than the fee is delivered
     * @param shippingLine the allocation line that is the shipping fee, if the cart had one
     */
    public static Order paid(OrderNumber number, Allocation allocation, Map<LineId, Delivery> deliveries,
                             Optional<LineId> shippingLine) {
        List<OrderLine> lines = new ArrayList<>();
        Optional<ShippingFee> shipping = Optional.empty();
        for (LineAllocation line : allocation.lines()) {
            LineId id = line.line().id();
            if (shippingLine.filter(id::equals).isPresent()) {
                shipping = Optional.of(ShippingFee.newlyPaid(PaidParts.of(line)));
            } else {
                Delivery delivery = deliveries.get(id);
                if (delivery == null) {
                    throw new IllegalArgumentException("No delivery for line " + id + " of order " + number);
                }
                lines.add(OrderLine.newlyPaid(id, delivery, PaidParts.of(line)));
            }
        }
        if (shippingLine.isPresent() && shipping.isEmpty()) {
            throw new IllegalArgumentException("The shipping line " + shippingLine.get() + " is not in the allocation");
        }
        if (deliveries.size() != lines.size()) {
            throw new IllegalArgumentException("Deliveries name lines the allocation does not have: " + deliveries.keySet());
        }
        return new Order(number, lines, shipping);
    }

    public OrderStatus status() {
        return OrderStatus.of(lines.stream().map(OrderLine::state).toList());
    }

    /** Whether some lines, not all, are cancelled. */
    public boolean partlyCancelled() {
        return lines.stream().anyMatch(OrderLine::isCancelled) && status() != OrderStatus.CANCELLED;
    }

    public Optional<OrderLine> line(LineId id) {
        return lines.stream().filter(line -> line.id().equals(id)).findFirst();
    }

    /** What the order was paid in all: its lines and its shipping fee. */
    public Money total() {
        Money fee = shipping.map(s -> s.paid().total()).orElse(Money.ZERO);
        return lines.stream().map(OrderLine::amount).reduce(fee, Money::plus);
    }

    /** The e-ticket or e-gift card of the line was e-mailed. */
    public OrderChange send(LineId line) {
        return move(line, LineState.SENT, Optional.empty());
    }

    /** The postal line's preparation started. */
    public OrderChange prepare(LineId line) {
        return move(line, LineState.PREPARING, Optional.empty());
    }

    /** The postal line's parcel was handed to the carrier under this number. */
    public OrderChange ship(LineId line, TrackingNumber tracking) {
        return move(line, LineState.SHIPPED, Optional.of(Objects.requireNonNull(tracking, "tracking")));
    }

    /** The carrier delivered the postal line's parcel. */
    public OrderChange deliver(LineId line) {
        return move(line, LineState.DELIVERED, Optional.empty());
    }

    /**
     * Cancels the lines named, all or none (docs/domain-rules.md, "Orders, cancellation and refunds"): only
     * {@link LineState#PAID} and {@link LineState#PREPARING} lines can be; a request naming any other line, a line
     * the order does not have, or one line twice is refused as a whole and nothing moves.
     *
     * @param named  the lines to cancel, in the order the request names them
     * @param on     the Paris day of the cancellation, on which grants are judged still valid or not
     * @param grants the standing of every grant that paid the order
     */
    public Cancellation cancel(List<LineId> named, LocalDate on, Map<GrantId, GrantStanding> grants) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(grants, "grants");
        Optional<Cancellation.Refused> refused = CancellationRules.check(this, named);
        if (refused.isPresent()) {
            return refused.get();
        }
        Set<LineId> cancelled = Set.copyOf(named);
        List<OrderLine> after = lines.stream()
                .map(line -> cancelled.contains(line.id()) ? line.movedTo(LineState.CANCELLED, Optional.empty()) : line)
                .toList();
        boolean feeRefunded = shipping.filter(fee -> !fee.refunded()).isPresent()
                && after.stream().filter(OrderLine::isPostal).allMatch(OrderLine::isCancelled);
        List<PaidParts> refunded = new ArrayList<>();
        named.forEach(id -> refunded.add(line(id).orElseThrow().paid()));
        if (feeRefunded) {
            refunded.add(shipping.get().paid());
        }
        Refund refund = Refunding.refund(named, refunded, feeRefunded, on, grants);
        Optional<ShippingFee> shippingAfter = feeRefunded ? shipping.map(fee -> new ShippingFee(fee.paid(), true)) : shipping;
        return new Cancellation.Accepted(new Order(number, after, shippingAfter), refund);
    }

    private OrderChange move(LineId id, LineState next, Optional<TrackingNumber> tracking) {
        Optional<OrderLine> found = line(id);
        if (found.isEmpty()) {
            return new OrderChange.Refused(Refusal.of(OrderRefusal.LINE_NOT_FOUND, "line", id.value()));
        }
        OrderLine line = found.get();
        if (!line.state().canMoveTo(next, line.delivery())) {
            return new OrderChange.Refused(Refusal.of(OrderRefusal.LINE_TRANSITION_NOT_ALLOWED,
                    "line", id.value(), "from", line.state().name(), "to", next.name()));
        }
        List<OrderLine> after = lines.stream().map(l -> l == line ? l.movedTo(next, tracking) : l).toList();
        return new OrderChange.Changed(new Order(number, after, shipping), id, line.state(), next);
    }
}
