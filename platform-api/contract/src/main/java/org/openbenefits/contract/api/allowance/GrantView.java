package org.openbenefits.contract.api.allowance;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * One allowance given to one employee.
 *
 * @param amountCents     what was granted
 * @param balanceCents    what is left to spend
 * @param validFrom       first valid day, inclusive
 * @param expiresOn       last valid day, inclusive
 * @param categories      category codes it may pay; {@code ["*"]} for any
 * @param status          ACTIVE, EXPIRED (its unspent balance went back to the employer) or REVOKED (by HR, same)
 * @param daysLeft        for an active grant, days from today to its last valid day (0 on that day); null otherwise
 * @param endedAt         when it was revoked or expired (its unspent balance went back to the employer); null while
 *                        active
 */
@Serdeable
public record GrantView(long id, long campaignId, String campaignName, long employeeId, String employeeName,
                        @Schema(requiredMode = REQUIRED,
                                allowableValues = {"SUBSIDY", "CULTURE_CHEQUE", "GIFT_CHEQUE"}) String kind,
                        @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long amountCents,
                        @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long balanceCents,
                        LocalDate validFrom,
                        LocalDate expiresOn,
                        List<String> categories, @Nullable Integer maxSharePercent, @Nullable String urssafEvent,
                        @Schema(requiredMode = REQUIRED,
                                allowableValues = {"ACTIVE", "EXPIRED", "REVOKED"}) String status,
                        @Nullable Integer daysLeft, Instant grantedAt, @Nullable Instant endedAt) {

    @Creator
    public GrantView {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A grant that has not ended. */
    public GrantView(long id, long campaignId, String campaignName, long employeeId, String employeeName, String kind,
                     long amountCents, long balanceCents, LocalDate validFrom, LocalDate expiresOn,
                     List<String> categories, @Nullable Integer maxSharePercent, @Nullable String urssafEvent,
                     String status, @Nullable Integer daysLeft, Instant grantedAt) {
        this(id, campaignId, campaignName, employeeId, employeeName, kind, amountCents, balanceCents, validFrom,
                expiresOn, categories, maxSharePercent, urssafEvent, status, daysLeft, grantedAt, null);
    }
}
