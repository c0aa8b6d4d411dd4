package org.openbenefits.platform.catalogue;

import java.util.List;

import org.openbenefits.domain.catalogue.Category;
import org.openbenefits.domain.catalogue.Delivery;

/** An offer's fields once checked: what {@link Offers} stores. */
record OfferFields(String title, String description, Category category, Delivery delivery, long publicPriceCents,
                   long employeePriceCents, String conditions, String validity, int maxPerOrder,
                   List<Long> employerIds) {
}
