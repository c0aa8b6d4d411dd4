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
 * A campaign draft that passed every check ({@link CampaignChecks}), in business terms.
 *
 * @param categories category codes, or just {@code "*"} for any (gift cheques)
 * @param employeeIds for LIST, the chosen employees, all active (or invited) employees of the employer
 * @param givenOn the business day (Paris) the campaign is confirmed, or for a preview today: the day its grants are
 *                given
 */
public record CampaignSpec(AllowanceKind kind, String name, Money amount, boolean perChild, LocalDate validFrom,
                           LocalDate validTo, List<String> categories, @Nullable Integer maxSharePercent,
                           Optional<UrssafEvent> urssafEvent, CampaignTarget target, @Nullable String targetValue,
                           Set<Long> employeeIds, LocalDate givenOn) {

    public static final String ANY_CATEGORY = "*";

    public CampaignSpec {
        categories = List.copyOf(categories);
        employeeIds = Set.copyOf(employeeIds);
    }

    /**
     * The calendar year URSSAF and the children's age limits count the campaign in: URSSAF counts gift cheques by the
     * year they are given, so that of the day it is confirmed (Paris), whatever its validity.
     */
    public int year() {
        return givenOn.getYear();
    }

    /** How the categories are stored: comma-separated codes, or {@code *}. */
    public String storedCategories() {
        return String.join(",", categories);
    }
}
