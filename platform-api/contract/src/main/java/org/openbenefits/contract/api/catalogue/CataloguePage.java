package org.openbenefits.contract.api.catalogue;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** One page of the employee's catalogue; {@code page} counts from 0, {@code total} counts every matching offer. */
@Serdeable
public record CataloguePage(List<CatalogueOfferView> items, int page, int size, long total) {

    public CataloguePage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
