package org.openbenefits.contract.api.allowance;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.openbenefits.contract.api.Amounts;

/**
 * HR records a bank transfer made to fund the employer budget.
 *
 * @param amountCents   the transfer's amount in euro cents, positive, at most 1,000,000,000 (10,000,000 EUR)
 * @param bankReference the transfer's reference as it appears on the bank statement
 */
@Serdeable
public record TopUpRequest(@Positive @Schema(description = Amounts.CENTS, example = "500000", maximum = "1000000000")
                           long amountCents,
                           @NotBlank @Size(max = 80) @Schema(example = "VIR-ACME-2026-11") String bankReference) {
}
