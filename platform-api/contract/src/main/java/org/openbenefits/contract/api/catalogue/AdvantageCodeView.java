package org.openbenefits.contract.api.catalogue;

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
 * An advantage code as platform admins see it.
 *
 * @param categories the category codes it covers; every category when empty
 * @param uses       how many orders used it (0 until checkout lands)
 * @param disabled   disabled codes no longer apply to any cart
 */
@Serdeable
public record AdvantageCodeView(long id, String code,
                                @Schema(requiredMode = REQUIRED,
                                        allowableValues = {"PERCENT_OFF", "AMOUNT_OFF", "FREE_SHIPPING"}) String benefit,
                                @Nullable Integer percent,
                                @Schema(description = Amounts.CENTS) @Nullable Long amountCents,
                                List<String> categories,
                                @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long minimumCents,
                                @Nullable LocalDate validFrom, @Nullable LocalDate expires,
                                @Nullable Integer totalLimit, @Nullable Integer perEmployeeLimit,
                                @Nullable Long employerId, long uses, boolean disabled, Instant createdAt,
                                @Nullable Instant disabledAt) {

    @Creator
    public AdvantageCodeView {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
