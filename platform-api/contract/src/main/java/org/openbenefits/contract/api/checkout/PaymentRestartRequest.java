package org.openbenefits.contract.api.checkout;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param returnTo the employee portal's page the payment page sends the browser back to; anything but a page of the
 *                 employee portal is refused
 */
@Serdeable
public record PaymentRestartRequest(
        @NotBlank @Size(max = 1000) @Schema(example = "http://127.0.0.1:8081/commandes/retour") String returnTo) {
}
