package org.openbenefits.contract.api.checkout;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openbenefits.contract.api.me.ProfileAddress;

/**
 * The employee's checkout (POST /api/v1/me/checkout), sent with an {@code Idempotency-Key} header that stays the same
 * on every retry of this checkout.
 *
 * @param items          the cart's lines, 1 to 20, each offer once
 * @param advantageCode  the advantage code typed, if any
 * @param deliveryEmail  where e-tickets and e-gift cards are e-mailed
 * @param postalAddress  where postal lines are sent: required exactly when a line is posted
 * @param returnTo       the employee portal's page the payment page sends the browser back to (the order's page);
 *                       anything but a page of the employee portal is refused
 */
@Serdeable
public record CheckoutRequest(
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid CheckoutItem> items,
        @Nullable @Size(max = 40) String advantageCode,
        @NotBlank @Size(max = 254) @Email(message = "{field.invalid-email}") @Schema(example = "prenom.nom@example.fr")
        String deliveryEmail,
        @Nullable @Valid @Schema(type = "object") ProfileAddress postalAddress,
        @NotBlank @Size(max = 1000) @Schema(example = "http://127.0.0.1:8081/commandes/retour")
        String returnTo) {

    @Override
    public String toString() {
        return "CheckoutRequest[items=" + items + ", advantageCode=" + (advantageCode == null ? "none" : "***")
                + ", deliveryEmail=***, postalAddress=" + (postalAddress == null ? "none" : "***") + "]";
    }
}
