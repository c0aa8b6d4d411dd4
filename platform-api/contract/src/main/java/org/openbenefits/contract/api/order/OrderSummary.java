package org.openbenefits.contract.api.order;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * An order in the employee's list.
 *
 * @param status PENDING_PAYMENT, REFUSED or EXPIRED before it is paid; once paid, its lines' status: PAID,
 *               IN_PROGRESS, SHIPPED, COMPLETED or CANCELLED
 */
@Serdeable
public record OrderSummary(long id, String number, Instant createdAt,
                           @Schema(requiredMode = REQUIRED, allowableValues = {"PENDING_PAYMENT", "REFUSED", "EXPIRED",
                                   "PAID", "IN_PROGRESS", "SHIPPED", "COMPLETED", "CANCELLED"}) String status,
                           @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long totalCents) {
}
