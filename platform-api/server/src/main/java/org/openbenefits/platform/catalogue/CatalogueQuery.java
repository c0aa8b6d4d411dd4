package org.openbenefits.platform.catalogue;

import org.openbenefits.domain.catalogue.Category;
import org.openbenefits.domain.catalogue.Delivery;

/**
 * What the employee looks for: a search term (on titles and descriptions, without regard to accents or case), a
 * category, a delivery type, a range of employee prices (both ends included); each null when not asked.
 */
public record CatalogueQuery(String term, Category category, Delivery delivery, Long minPriceCents,
                             Long maxPriceCents, CatalogueSort sort) {
}
