package org.openbenefits.platform.account;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the employer table. */
@MappedEntity("employer")
public record EmployerRow(@Id @GeneratedValue @Nullable Long id, String name, Instant createdAt) {
}
