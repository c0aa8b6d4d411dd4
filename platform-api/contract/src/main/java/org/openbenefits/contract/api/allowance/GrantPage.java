package org.openbenefits.contract.api.allowance;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** One page of grants; {@code page} counts from 0. */
@Serdeable
public record GrantPage(List<GrantView> items, int page, int size, long total) {

    public GrantPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
