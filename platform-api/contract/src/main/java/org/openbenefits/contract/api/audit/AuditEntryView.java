package org.openbenefits.contract.api.audit;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One audit log entry: who ({@code actorId}) did what ({@code action}, e.g. EMPLOYEE_CREATED) to what
 * ({@code target}, e.g. {@code employee:42}) and when.
 */
@Serdeable
public record AuditEntryView(long id, Instant occurredAt, @Nullable Long actorId, @Nullable Long employerId,
                             String action, @Nullable String target, @Nullable String details) {
}
