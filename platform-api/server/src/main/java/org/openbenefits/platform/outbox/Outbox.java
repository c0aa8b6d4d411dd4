package org.openbenefits.platform.outbox;

import java.io.IOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.events.PlatformEvent;
import org.openbenefits.platform.infrastructure.MultiRowInsert;

/**
 * Where use cases put the events they raise. The event is written in the caller's database transaction, so it
 * leaves only if the business change commits; {@link OutboxRelay} publishes it afterwards.
 */
@Singleton
public class Outbox {

    private final OutboxEvents events;
    private final TransactionOperations<Connection> connections;
    private final JsonMapper json;
    private final Clock clock;

    Outbox(OutboxEvents events, JsonMapper json, Clock clock,
           TransactionOperations<Connection> connections) {
        this.connections = connections;
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
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise event " + event.type(), e);
        }
        return id;
    }

    /**
     * Forgets the events keyed by these values (e-mails to these addresses), published or not, in the current
     * transaction: their payloads hold personal data of a person whose account is being deleted, and an e-mail not
     * sent yet to a deleted account has no purpose left.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int forgetKeyedBy(List<String> recordKeys) {
        return recordKeys.isEmpty() ? 0 : events.deleteByRecordKeys(recordKeys);
    }

    /** Records several events in the current transaction with multi-row inserts, in list order. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void appendAll(List<? extends PlatformEvent> batch) {
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>(batch.size());
        for (PlatformEvent event : batch) {
            try {
                rows.add(new Object[] {UUID.randomUUID().toString(), event.topic(), event.key(), event.type(),
                        event.version(), json.writeValueAsString(event), now});
            } catch (IOException e) {
                throw new IllegalStateException("Cannot serialise event " + event.type(), e);
            }
        }
        connections.executeWrite(status -> {
            MultiRowInsert.insert(status.getConnection(), "outbox_event", List.of("event_id", "topic",
                    "record_key", "event_type", "event_version", "payload", "occurred_at"), rows);
            return null;
        });
    }
}
