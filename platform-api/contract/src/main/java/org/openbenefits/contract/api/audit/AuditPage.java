package org.openbenefits.contract.api.audit;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** One page of the audit log, newest first; {@code page} counts from 0. */
@Serdeable
public record AuditPage(List<AuditEntryView> items, int page, int size, long total) {

    public AuditPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
