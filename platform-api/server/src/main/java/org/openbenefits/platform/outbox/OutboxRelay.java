package org.openbenefits.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.openbenefits.contract.events.EventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes outbox rows to Kafka, oldest first, then stamps them as published. A crash between the two publishes
 * the row again on the next run: delivery is at least once and consumers deduplicate by event id.
 */
@Singleton
@Requires(property = "outbox.relay.enabled", value = "true", defaultValue = "true")
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxEvents events;
    private final Producer<String, String> producer;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final int batchSize;

    OutboxRelay(OutboxEvents events, @KafkaClient("outbox-relay") Producer<String, String> producer,
                TransactionOperations<Connection> transactions, Clock clock,
                @Value("${outbox.relay.batch-size:200}") int batchSize) {
        this.events = events;
        this.producer = producer;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelay = "${outbox.relay.interval:250ms}", initialDelay = "1s")
    void relayPending() {
        try {
            int published;
            do {
                published = publishBatch();
            } while (published == batchSize);
        } catch (RuntimeException e) {
            // Kafka or the database is away: the rows stay unpublished and the next run tries again.
            LOG.warn("Outbox relay could not publish, will retry: {}", e.getMessage());
        }
    }

    /** Publishes one batch in one transaction and returns how many events left. */
    public int publishBatch() {
        return transactions.executeWrite(status -> {
            List<OutboxEventRow> batch = events.lockUnpublished(batchSize);
            if (batch.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
            for (OutboxEventRow row : batch) {
                sends.add(producer.send(toRecord(row)));
            }
            for (Future<RecordMetadata> send : sends) {
                try {
                    send.get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("Kafka did not acknowledge an outbox event", e);
                }
            }
            events.markPublished(batch.stream().map(OutboxEventRow::id).toList(), clock.instant());
            return batch.size();
        });
    }

    private static ProducerRecord<String, String> toRecord(OutboxEventRow row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.recordKey(), row.payload());
        record.headers()
                .add(new RecordHeader(EventHeaders.ID, bytes(row.eventId())))
                .add(new RecordHeader(EventHeaders.TYPE, bytes(row.eventType())))
                .add(new RecordHeader(EventHeaders.VERSION, bytes(Integer.toString(row.eventVersion()))))
                .add(new RecordHeader(EventHeaders.OCCURRED_AT, bytes(row.occurredAt().toString())));
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
