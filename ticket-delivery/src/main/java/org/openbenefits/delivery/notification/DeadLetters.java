package org.openbenefits.delivery.notification;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Parks records that kept failing on the dead-letter topic, with their headers and the reason, so that an operator
 * can inspect and replay them (docs/runbook.md).
 */
@Singleton
class DeadLetters {

    static final String REASON_HEADER = "dead-letter-reason";

    private final Producer<String, String> producer;

    DeadLetters(@KafkaClient("dead-letter") Producer<String, String> producer) {
        this.producer = producer;
    }

    void park(String topic, ConsumerRecord<?, ?> failed, Throwable cause) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, asString(failed.key()), asString(failed.value()));
        for (Header header : failed.headers()) {
            record.headers().add(header);
        }
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        record.headers().add(new RecordHeader(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot park a failed record on " + topic, e);
        }
    }

    private static String asString(Object value) {
        return value == null ? null : value.toString();
    }
}
