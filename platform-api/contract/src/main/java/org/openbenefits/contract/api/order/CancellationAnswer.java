package org.openbenefits.contract.api.order;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * Lines cancelled: where each euro went, and the order as it is now.
 *
 * @param cancelledLines   the ids of the lines cancelled, as the request named them
 * @param shippingRefunded whether the shipping fee was refunded too (no postal line left to ship)
 * @param refunds          where the money went, grants first, then the employer's budget, then the card
 * @param totalCents       all that was given back: the refunds add up to it
 * @param order            the order after the cancellation
 */
@Serdeable
public record CancellationAnswer(List<Long> cancelledLines,
                                 @Schema(requiredMode = REQUIRED) boolean shippingRefunded,
                                 List<RefundView> refunds,
                                 @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long totalCents,
                                 @Schema(requiredMode = REQUIRED) OrderDetail order) {

    public CancellationAnswer {
        cancelledLines = List.copyOf(cancelledLines);
        refunds = List.copyOf(refunds);
    }
}
