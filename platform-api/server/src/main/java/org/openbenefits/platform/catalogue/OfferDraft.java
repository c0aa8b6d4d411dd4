package org.openbenefits.platform.catalogue;

import java.util.List;

/**
 * An offer's fields as a platform admin typed them, before any check: texts may be null or blank, codes unknown.
 * {@link OfferChecks} turns it into an {@link OfferFields} or says what is wrong.
 */
public record OfferDraft(String title, String description, String category, String delivery, long publicPriceCents,
                         long employeePriceCents, String conditions, String validity, Integer maxPerOrder,
                         List<Long> employerIds) {

    public OfferDraft {
        employerIds = employerIds == null ? List.of() : List.copyOf(employerIds);
    }
}
