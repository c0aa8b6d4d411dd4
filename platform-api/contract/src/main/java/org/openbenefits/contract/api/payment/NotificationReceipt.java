package org.openbenefits.contract.api.payment;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The platform received a gateway notification: the gateway stops sending it.
 *
 * @param outcome APPLIED: the payment moved; ACKNOWLEDGED: nothing changed on purpose (the same notification again,
 *                or one about a payment already over or further on)
 * @param state   the payment intent's state on the platform now
 */
@Serdeable
public record NotificationReceipt(
        @Schema(allowableValues = {"APPLIED", "ACKNOWLEDGED"}) String outcome,
        String state) {
}
