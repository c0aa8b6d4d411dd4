package org.openbenefits.contract.api.employee;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** One page of a list, newest or alphabetical as the route says; {@code page} counts from 0. */
@Serdeable
public record EmployeePage(List<EmployeeView> items, int page, int size, long total) {

    public EmployeePage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
