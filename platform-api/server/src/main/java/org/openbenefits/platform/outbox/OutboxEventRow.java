package org.openbenefits.platform.outbox;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the outbox_event table: one event waiting for, or done with, its trip to Kafka. */
@MappedEntity("outbox_event")
record OutboxEventRow(
        @Id @GeneratedValue @Nullable Long id,
        String eventId,
        String topic,
        String recordKey,
        String eventType,
        int eventVersion,
        String payload,
        Instant occurredAt,
        @Nullable Instant publishedAt) {
}
