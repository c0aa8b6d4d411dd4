package org.openbenefits.contract.api.catalogue;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * An advantage code as a platform admin creates it.
 *
 * @param code             3 to 20 letters and digits; stored in capitals ({@code noel10} is {@code NOEL10})
 * @param benefit          PERCENT_OFF (with {@code percent}), AMOUNT_OFF (with {@code amountCents}) or FREE_SHIPPING
 * @param percent          1 to 100, for PERCENT_OFF
 * @param amountCents      for AMOUNT_OFF, 0.01 to 10,000.00 EUR
 * @param categories       the category codes of the lines it covers; every category when empty
 * @param minimumCents     what those lines must add up to at least; none when absent
 * @param validFrom        its first valid day; valid at once when absent
 * @param expires          its last valid day; never expires when absent
 * @param totalLimit       how many orders may use it in all, 1 to 1,000,000; no limit when absent
 * @param perEmployeeLimit how many orders of one employee may use it, 1 to 1,000,000; no limit when absent
 * @param employerId       the one employer whose employees may use it; every employer when absent
 */
@Serdeable
public record AdvantageCodeRequest(
        @Nullable String code,
        @Schema(allowableValues = {"PERCENT_OFF", "AMOUNT_OFF", "FREE_SHIPPING"}) @Nullable String benefit,
        @Nullable Integer percent,
        @Schema(description = Amounts.CENTS) @Nullable Long amountCents,
        @Nullable List<String> categories,
        @Schema(description = Amounts.CENTS) @Nullable Long minimumCents,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate expires,
        @Nullable Integer totalLimit,
        @Nullable Integer perEmployeeLimit,
        @Nullable Long employerId) {

    public AdvantageCodeRequest {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
