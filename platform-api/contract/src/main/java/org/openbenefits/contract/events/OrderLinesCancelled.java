package org.openbenefits.contract.events;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code order.lines-cancelled}: the employee cancelled lines of a paid order (docs/events.md), all committed at once:
 * the lines are CANCELLED, their stock given back, the allowances' parts back in the ledger. Delivery stops preparing
 * or sending these lines. The card part, when there is one, is refunded at the gateway after the commit, under
 * {@code refundKey}.
 *
 * @param cancellationId   the cancellation's id, unique
 * @param number           the order's readable number, the record key (as for order.paid)
 * @param lineIds          the order lines cancelled
 * @param shippingRefunded whether the shipping fee was refunded: no postal line is left to ship
 * @param refunds          where the money went
 * @param refundKey        the gateway key of the card refund, present when the card is refunded
 */
@Serdeable
public record OrderLinesCancelled(long cancellationId, long orderId, String number, long employerId, long employeeId,
                                  Instant cancelledAt, List<Long> lineIds, boolean shippingRefunded,
                                  List<Refund> refunds, long totalCents, @Nullable String refundKey)
        implements PlatformEvent {

    public static final int VERSION = 1;

    public OrderLinesCancelled {
        lineIds = List.copyOf(lineIds);
        refunds = List.copyOf(refunds);
    }

    /**
     * One part of the refund.
     *
     * @param destination GRANT, EMPLOYER_BUDGET or CARD
     * @param grantId     the grant that had paid it (GRANT, EMPLOYER_BUDGET)
     */
    @Serdeable
    public record Refund(String destination, @Nullable Long grantId, long amountCents) {
    }

    @Override
    public String topic() {
        return Topics.ORDERS;
    }

    @Override
    public String key() {
        return number;
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public String type() {
        return "order.lines-cancelled";
    }

    @Override
    public String toString() {
        return "OrderLinesCancelled[cancellationId=" + cancellationId + ", number=" + number + ", lines=" + lineIds
                + "]";
    }
}
