package org.openbenefits.contract.api.order;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** One page of the employee's orders, newest first; {@code page} counts from 0, {@code total} counts them all. */
@Serdeable
public record OrderPage(List<OrderSummary> items, int page, int size, long total) {

    public OrderPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
