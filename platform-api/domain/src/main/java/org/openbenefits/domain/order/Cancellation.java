package org.openbenefits.domain.order;

import java.util.List;
import java.util.Objects;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.refusal.Refusal;

/** The outcome of asking to cancel lines of an order: all of them cancelled and refunded, or none. */
public sealed interface Cancellation {

    /**
     * Every line named is cancelled.
     *
     * @param order  the order with those lines cancelled (and its fee marked refunded when it is)
     * @param refund where their money goes
     */
    record Accepted(Order order, Refund refund) implements Cancellation {

        public Accepted {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(refund, "refund");
        }
    }

    /**
     * Nothing is cancelled and nothing moves.
     *
     * @param refusal {@code order.lines-not-cancellable}, or {@code request.invalid} for lines unknown or named twice
     *                (or none named); either names each line at fault as a field {@code lines[i]}
     * @param lines   the lines at fault, in the order the request named them
     */
    record Refused(Refusal refusal, List<LineId> lines) implements Cancellation {

        public Refused {
            Objects.requireNonNull(refusal, "refusal");
            lines = List.copyOf(lines);
        }
    }
}
