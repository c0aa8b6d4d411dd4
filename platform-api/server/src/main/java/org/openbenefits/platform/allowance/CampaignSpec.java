package org.openbenefits.platform.allowance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.urssaf.UrssafEvent;

/**
 * A campaign request that passed every check ({@link CampaignChecks}), in business terms.
 *
 * @param categories category codes, or just {@code "*"} for any (gift cheques)
 * @param employeeIds for LIST, the chosen employees, all of the employer
 */
public record CampaignSpec(AllowanceKind kind, String name, Money amount, boolean perChild, LocalDate validFrom,
                           LocalDate validTo, List<String> categories, @Nullable Integer maxSharePercent,
                           Optional<UrssafEvent> urssafEvent, CampaignTarget target, @Nullable String targetValue,
                           Set<Long> employeeIds) {

    public static final String ANY_CATEGORY = "*";

    public CampaignSpec {
        categories = List.copyOf(categories);
        employeeIds = Set.copyOf(employeeIds);
    }

    /** The calendar year URSSAF and the children's age limit count the campaign in: that of its first valid day. */
    public int year() {
        return validFrom.getYear();
    }

    /** How the categories are stored: comma-separated codes, or {@code *}. */
    public String storedCategories() {
        return String.join(",", categories);
    }
}
