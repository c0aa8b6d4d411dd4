package org.openbenefits.platform.allowance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.micronaut.core.annotation.Nullable;

/**
 * A campaign as HR describes it, before any check: what {@link PreviewCampaign} and {@link ConfirmCampaign} take.
 * {@link CampaignChecks} turns it into a {@link CampaignSpec} or refuses it, naming every field at fault; the field
 * names are those of the API's campaign request.
 *
 * @param kind        SUBSIDY, CULTURE_CHEQUE or GIFT_CHEQUE, in any case
 * @param amountCents per employee, or per child when {@code perChild}
 * @param categories  category codes, or {@code "*"} for any (gift cheques)
 * @param urssafEvent gift cheques only: an {@link org.openbenefits.domain.urssaf.UrssafEvent}'s name, or null
 * @param target      ALL, DEPARTMENT, SITE or LIST, in any case
 * @param targetValue the department or site for DEPARTMENT and SITE
 * @param employeeIds the chosen employees for LIST
 */
public record CampaignDraft(@Nullable String kind, @Nullable String name, long amountCents, boolean perChild,
                            @Nullable LocalDate validFrom, @Nullable LocalDate validTo, List<String> categories,
                            @Nullable Integer maxSharePercent, @Nullable String urssafEvent, @Nullable String target,
                            @Nullable String targetValue, List<Long> employeeIds) {

    public CampaignDraft {
        categories = copy(categories);
        employeeIds = copy(employeeIds);
    }

    /** A copy that keeps null items: the checks skip them rather than failing. */
    private static <T> List<T> copy(@Nullable List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
