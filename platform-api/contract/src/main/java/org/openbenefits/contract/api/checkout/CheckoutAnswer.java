package org.openbenefits.contract.api.checkout;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * A checkout placed: its order, paid at once (201, {@code PAID}) when allowances pay it all, else awaiting the card
 * (202, {@code PENDING_PAYMENT}) at {@code paymentUrl}, the gateway's payment page, until {@code holdExpiresAt}.
 *
 * @param orderId       the order's id, for GET /api/v1/me/orders/{id}
 * @param number        the order's readable number
 * @param status        PAID or PENDING_PAYMENT
 * @param paymentUrl    where to send the browser to pay the card part; only when PENDING_PAYMENT
 * @param holdExpiresAt until when the grants and stock are held for the card payment (ISO-8601)
 */
@Serdeable
public record CheckoutAnswer(long orderId, String number,
                             @Schema(requiredMode = REQUIRED, allowableValues = {"PAID", "PENDING_PAYMENT"})
                             String status,
                             @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long totalCents,
                             @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long allowancesCents,
                             @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long cardCents,
                             @Nullable String paymentUrl,
                             @Nullable String holdExpiresAt) {
}
