package org.openbenefits.platform.outbox;

import java.time.Clock;
import java.util.UUID;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.events.PlatformEvent;

/**
 * Where use cases put the events they raise. The event is written in the caller's database transaction, so it
 * leaves only if the business change commits; {@link OutboxRelay} publishes it afterwards.
 */
@Singleton
public class Outbox {

    private final OutboxEvents events;
    private final JsonMapper json;
    private final Clock clock;

    Outbox(OutboxEvents events, JsonMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Records the event in the current transaction, which must exist. Returns the event's id. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public UUID append(PlatformEvent event) {
        UUID id = UUID.randomUUID();
        try {
            events.save(new OutboxEventRow(null, id.toString(), event.topic(), event.key(), event.type(),
                    event.version(), json.writeValueAsString(event), clock.instant(), null));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot serialise event " + event.type(), e);
        }
        return id;
    }
}
