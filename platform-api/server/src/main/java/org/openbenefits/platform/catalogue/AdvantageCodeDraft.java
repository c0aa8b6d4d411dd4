package org.openbenefits.platform.catalogue;

import java.time.LocalDate;
import java.util.List;

/** An advantage code as a platform admin typed it, before any check; absent values are null. */
public record AdvantageCodeDraft(String code, String benefit, Integer percent, Long amountCents,
                                 List<String> categories, Long minimumCents, LocalDate validFrom, LocalDate expires,
                                 Integer totalLimit, Integer perEmployeeLimit, Long employerId) {

    public AdvantageCodeDraft {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
