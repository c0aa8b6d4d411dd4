package org.openbenefits.contract.api.allowance;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A budget top-up: a bank transfer HR recorded. It credits the budget once a platform admin confirms it (at once in
 * the demo).
 *
 * @param status      PENDING (waiting for a platform admin), CONFIRMED (in the budget) or REJECTED
 * @param requestedBy the HR manager's name
 * @param decidedAt   when it was confirmed or rejected; null while pending
 */
@Serdeable
public record TopUpView(long id, long employerId, String employerName, long amountCents, String bankReference,
                        @Schema(allowableValues = {"PENDING", "CONFIRMED", "REJECTED"}) String status,
                        String requestedBy, Instant requestedAt, @Nullable Instant decidedAt) {
}
