package org.openbenefits.platform.audit;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of audit_entry: one action, by whom, on what, for which employer. */
@MappedEntity("audit_entry")
record AuditEntryRow(@Id @GeneratedValue @Nullable Long id, Instant occurredAt, @Nullable Long actorId,
                     @Nullable Long employerId, AuditAction action, @Nullable String target,
                     @Nullable String details) {
}
