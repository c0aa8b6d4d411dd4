package org.openbenefits.delivery.inbox;

import java.time.Instant;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of processed_event: an event this service has handled. */
@MappedEntity("processed_event")
record ProcessedEventRow(@Id String eventId, String eventType, Instant processedAt) {
}
