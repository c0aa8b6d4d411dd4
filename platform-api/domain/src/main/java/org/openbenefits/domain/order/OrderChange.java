package org.openbenefits.domain.order;

import java.util.Objects;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.refusal.Refusal;

/** The outcome of moving one line of an order on in its fulfilment (sent, preparing, shipped, delivered). */
public sealed interface OrderChange {

    /**
     * The line moved.
     *
     * @param order the order with the line moved
     * @param line  the line
     * @param from  its state before
     * @param to    its state now
     */
    record Changed(Order order, LineId line, LineState from, LineState to) implements OrderChange {

        public Changed {
            Objects.requireNonNull(order, "order");
        }
    }

    /**
     * Nothing changed: {@code order.line-not-found} or {@code order.line-transition-not-allowed}.
     *
     * @param refusal why
     */
    record Refused(Refusal refusal) implements OrderChange {

        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
