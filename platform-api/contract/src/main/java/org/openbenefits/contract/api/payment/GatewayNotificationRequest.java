package org.openbenefits.contract.api.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A server-to-server notification of the card gateway: the state a payment intent reached. Signed with the secret
 * shared with the gateway: the {@code Gateway-Signature} header carries the HMAC-SHA256, in 64 lower-case hex digits,
 * of {@code timestamp + "\n" + intent + "\n" + state + "\n" + reason} (reason empty unless FAILED). Every field is
 * text, read as received, so that a malformed one is answered {@code payment.notification-malformed} naming it.
 *
 * @param intent    the gateway's payment intent id
 * @param state     the state the intent reached: AUTHORISED, FAILED, REQUIRES_ACTION, CAPTURED, CANCELLED...
 * @param reason    with FAILED only: CARD_DECLINED, INSUFFICIENT_FUNDS, AUTHENTICATION_FAILED or
 *                  DECLINED_AFTER_AUTHENTICATION
 * @param timestamp when the gateway signed it, in seconds since 1970-01-01T00:00:00Z, in decimal
 */
@Serdeable
public record GatewayNotificationRequest(
        @Schema(maxLength = 255) @Nullable String intent,
        @Schema(maxLength = 32) @Nullable String state,
        @Schema(maxLength = 64) @Nullable String reason,
        @Schema(maxLength = 12, example = "1796292000") @Nullable String timestamp) {
}
