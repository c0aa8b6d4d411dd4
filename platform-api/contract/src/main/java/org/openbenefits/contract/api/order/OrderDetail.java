package org.openbenefits.contract.api.order;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;
import org.openbenefits.contract.api.me.ProfileAddress;

/**
 * One of the employee's orders, whole.
 *
 * @param status        as in the list ({@link OrderSummary#status()})
 * @param paymentStatus PENDING_PAYMENT (the card part awaited: paymentUrl when a payment page is open, else a new
 *                      payment may be started while attemptsLeft), PAID, REFUSED (endCode
 *                      payment.attempts-exhausted, or service.unavailable when the payment service could not be
 *                      reached) or EXPIRED (endCode checkout.order-expired: the hold time ran out)
 * @param shipping      the shipping fee and what paid it, on an order with postal lines that pays one
 * @param postalAddress where postal lines go, on an order with one
 * @param shipBy        the day postal lines are shipped at the latest
 * @param attemptsLeft  card payments the order still allows (3 at first)
 * @param paymentUrl    the open payment page, while a card payment is awaited
 * @param holdExpiresAt until when a pending order's grants and stock are held
 * @param cardBrand     the card that paid (CB, VISA, MASTERCARD), once authorised; with cardLast4, its last four digits
 * @param endCode       why an order was not paid: the code of its refusal or expiry
 */
@Serdeable
public record OrderDetail(long id, String number, Instant createdAt, @Nullable Instant paidAt,
                          @Schema(requiredMode = REQUIRED, allowableValues = {"PENDING_PAYMENT", "REFUSED", "EXPIRED",
                                  "PAID", "IN_PROGRESS", "SHIPPED", "COMPLETED", "CANCELLED"}) String status,
                          @Schema(requiredMode = REQUIRED, allowableValues = {"PENDING_PAYMENT", "PAID", "REFUSED",
                                  "EXPIRED"}) String paymentStatus,
                          List<OrderLineView> lines,
                          @Nullable @Schema(type = "object") OrderShipping shipping,
                          @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long grossCents,
                          @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long discountCents,
                          @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long totalCents,
                          @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long allowancesCents,
                          @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long cardCents,
                          String deliveryEmail,
                          @Nullable @Schema(type = "object") ProfileAddress postalAddress,
                          @Nullable LocalDate shipBy,
                          @Schema(requiredMode = REQUIRED) int attemptsLeft,
                          @Nullable String paymentUrl,
                          @Nullable Instant holdExpiresAt,
                          @Nullable String cardBrand,
                          @Nullable String cardLast4,
                          @Nullable String endCode) {

    public OrderDetail {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    @Override
    public String toString() {
        return "OrderDetail[id=" + id + ", number=" + number + ", status=" + status + "]";
    }
}
