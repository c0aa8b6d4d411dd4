package org.openbenefits.domain.order;

import java.util.Optional;
import java.util.Set;

import org.openbenefits.domain.catalogue.Delivery;

/**
 * Where one order line stands in its fulfilment (docs/domain-rules.md, "Orders, cancellation and refunds"). A line
 * starts {@link #PAID}; an e-mailed one is then {@link #SENT}, a postal one goes through {@link #PREPARING},
 * {@link #SHIPPED} and {@link #DELIVERED}; {@link #PAID} and {@link #PREPARING} lines may be {@link #CANCELLED}.
 * {@link #next} is the whole list of moves: any other is refused.
 */
public enum LineState {
    /** Paid, nothing done yet. */
    PAID,
    /** The e-ticket or e-gift card was e-mailed. */
    SENT,
    /** A postal item being prepared, not yet handed to the carrier. */
    PREPARING,
    /** A postal item handed to the carrier, with a tracking number. */
    SHIPPED,
    /** A postal item the carrier delivered. */
    DELIVERED,
    /** Cancelled and refunded. */
    CANCELLED;

    /** The states a line of this delivery may move to from this one. */
    public Set<LineState> next(Delivery delivery) {
        if (!existsFor(delivery)) {
            return Set.of();
        }
        return switch (this) {
            case PAID -> delivery.isPostal() ? Set.of(PREPARING, CANCELLED) : Set.of(SENT, CANCELLED);
            case PREPARING -> Set.of(SHIPPED, CANCELLED);
            case SHIPPED -> Set.of(DELIVERED);
            case SENT, DELIVERED, CANCELLED -> Set.of();
        };
    }

    public boolean canMoveTo(LineState next, Delivery delivery) {
        return next(delivery).contains(next);
    }

    /** Whether a line of this delivery can be in this state at all (an e-ticket is never shipped). */
    public boolean existsFor(Delivery delivery) {
        return switch (this) {
            case PAID, CANCELLED -> true;
            case SENT -> !delivery.isPostal();
            case PREPARING, SHIPPED, DELIVERED -> delivery.isPostal();
        };
    }

    /** Whether the carrier has (or had) the parcel, so that the line carries a tracking number. */
    public boolean isWithCarrier() {
        return this == SHIPPED || this == DELIVERED;
    }

    /** Why a line in this state cannot be cancelled; empty when it can be. */
    public Optional<OrderRefusal> whyNotCancellable() {
        return switch (this) {
            case PAID, PREPARING -> Optional.empty();
            case SENT -> Optional.of(OrderRefusal.LINE_SENT);
            case SHIPPED -> Optional.of(OrderRefusal.LINE_SHIPPED);
            case DELIVERED -> Optional.of(OrderRefusal.LINE_DELIVERED);
            case CANCELLED -> Optional.of(OrderRefusal.LINE_CANCELLED);
        };
    }
}
