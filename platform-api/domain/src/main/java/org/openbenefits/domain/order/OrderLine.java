package org.openbenefits.domain.order;

import java.util.Objects;
import java.util.Optional;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.money.Money;

/**
 * One line of an order: how it is delivered, where its fulfilment stands, and what paid it. Built as stored (in any
 * state its delivery allows); only {@link Order} moves it on.
 *
 * @param id       the line's id, as the cart and the allocation had it
 * @param delivery e-mailed or postal
 * @param state    its fulfilment state, one its delivery allows
 * @param paid     what each grant and the card paid of it
 * @param tracking the carrier's number, present exactly when the line is shipped or delivered
 */
public record OrderLine(LineId id, Delivery delivery, LineState state, PaidParts paid, Optional<TrackingNumber> tracking) {

    public OrderLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(tracking, "tracking");
        if (!state.existsFor(delivery)) {
            throw new IllegalArgumentException("A " + delivery + " line is never " + state + ": " + id);
        }
        if (state.isWithCarrier() != tracking.isPresent()) {
            throw new IllegalArgumentException("A line has a tracking number exactly when shipped or delivered: " + id);
        }
    }

    /** A line just paid. */
    public static OrderLine newlyPaid(LineId id, Delivery delivery, PaidParts paid) {
        return new OrderLine(id, delivery, LineState.PAID, paid, Optional.empty());
    }

    /** What the line cost, all parts together. */
    public Money amount() {
        return paid.total();
    }

    public boolean isPostal() {
        return delivery.isPostal();
    }

    public boolean isCancelled() {
        return state == LineState.CANCELLED;
    }

    OrderLine movedTo(LineState next, Optional<TrackingNumber> newTracking) {
        return new OrderLine(id, delivery, next, paid, next.isWithCarrier() ? newTracking.or(() -> tracking) : Optional.empty());
    }
}
