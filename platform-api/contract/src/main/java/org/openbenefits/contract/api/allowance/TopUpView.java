package org.openbenefits.contract.api.allowance;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * A budget top-up: a bank transfer HR recorded. It credits the budget once a platform admin confirms it (at once in
 * the demo).
 *
 * @param status      PENDING (waiting for a platform admin), CONFIRMED (in the budget) or REJECTED
 * @param requestedBy the HR manager's name
 * @param decidedAt   when it was confirmed or rejected; null while pending
 */
@Serdeable
public record TopUpView(long id, long employerId, String employerName,
                        @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long amountCents,
                        String bankReference,
                        @Schema(requiredMode = REQUIRED,
                                allowableValues = {"PENDING", "CONFIRMED", "REJECTED"}) String status,
                        String requestedBy, Instant requestedAt, @Nullable Instant decidedAt) {
}
