package org.openbenefits.domain.order;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An order's status, derived from its lines' states: never stored, never set. Cancelled lines do not count unless all are. */
public enum OrderStatus {
    /** Nothing done yet on any line. */
    PAID,
    /** Some lines sent, in preparation or shipped, others still waiting. */
    IN_PROGRESS,
    /** Every line sent, shipped or delivered, at least one parcel still on its way. */
    SHIPPED,
    /** Every line sent or delivered. */
    COMPLETED,
    /** Every line cancelled. */
    CANCELLED;

    private static final Set<LineState> DONE = EnumSet.of(LineState.SENT, LineState.DELIVERED);
    private static final Set<LineState> HANDED_OVER = EnumSet.of(LineState.SENT, LineState.SHIPPED, LineState.DELIVERED);

    /** The status of an order whose lines are in these states. */
    public static OrderStatus of(Collection<LineState> lineStates) {
        List<LineState> active = lineStates.stream().filter(state -> state != LineState.CANCELLED).toList();
        if (active.isEmpty()) {
            return CANCELLED;
        }
        if (DONE.containsAll(active)) {
            return COMPLETED;
        }
        if (HANDED_OVER.containsAll(active)) {
            return SHIPPED;
        }
        if (active.stream().allMatch(state -> state == LineState.PAID)) {
            return PAID;
        }
        return IN_PROGRESS;
    }
}
