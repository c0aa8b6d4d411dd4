package org.openbenefits.contract.api.checkout;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new card payment of a pending order, after a declined card (POST /api/v1/me/orders/{id}/payment).
 *
 * @param paymentUrl   the gateway's payment page to send the browser to
 * @param attemptsLeft how many card payments the order still allows, this one included
 */
@Serdeable
public record PaymentRestart(long orderId, String number, String paymentUrl,
                             @Schema(requiredMode = REQUIRED) int attemptsLeft) {
}
