package org.openbenefits.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micronaut.json.JsonMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openbenefits.contract.events.EventHeaders;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.testkit.Infrastructure;

/**
 * Invitation events on a topic and consumer group of a test's own, as the outbox relay publishes them, and the mails
 * they became: for the tests that run ticket-delivery as a whole, stop it and start it again.
 */
final class NotificationTraffic implements AutoCloseable {

    /** One published event: the id in its header (the same on every redelivery) and its payload. */
    record Event(String eventId, NotificationRequested notification) {
    }

    private static final JsonMapper JSON = JsonMapper.createDefault();

    final String topic;
    final String groupId;
    private final Infrastructure infrastructure;
    private final KafkaProducer<String, String> producer;

    NotificationTraffic(Infrastructure infrastructure, String name) {
        this.infrastructure = infrastructure;
        String run = UUID.randomUUID().toString().substring(0, 8);
        this.topic = "test." + name + "." + run;
        this.groupId = "ticket-delivery-" + name + "-" + run;
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        try (Admin admin = admin()) {
            // Three partitions keyed by recipient, like platform.notifications.v1 in the dev stack.
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Cannot create topic " + topic, e);
        }
    }

    /** The properties of a ticket-delivery instance on this traffic's topic and group, with its own database. */
    Map<String, Object> applicationProperties(String database) {
        Map<String, Object> properties = new HashMap<>(infrastructure.micronautProperties(database));
        properties.put("notifications.topic", topic);
        properties.put("notifications.group-id", groupId);
        return properties;
    }

    /** {@code count} invitations to distinct employees of {@code domain}, half of them in English. */
    static List<Event> invitations(int count, String domain) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> {
            String firstName = "Salarié" + n;
            NotificationRequested invitation = new NotificationRequested(UUID.randomUUID(),
                    "employee-%04d@%s".formatted(n, domain), n % 2 == 0 ? "en" : "fr", "invitation",
                    Map.of("firstName", firstName, "employerName", "Brasserie Martin",
                            "link", "https://salarie.openbenefits.example/activation?jeton=" + UUID.randomUUID(),
                            "expiresOn", "29/11/2026"));
            return new Event(UUID.randomUUID().toString(), invitation);
        }).toList();
    }

    /** Publishes the events in this order and waits until the broker has them all. */
    void publish(List<Event> events) {
        List<Future<?>> sent = new ArrayList<>();
        for (Event event : events) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.notification().key(),
                    json(event.notification()));
            record.headers().add(new RecordHeader(EventHeaders.ID, bytes(event.eventId())));
            record.headers().add(new RecordHeader(EventHeaders.TYPE, bytes(event.notification().type())));
            record.headers().add(new RecordHeader(EventHeaders.VERSION, bytes("1")));
            sent.add(producer.send(record));
        }
        producer.flush();
        for (var future : sent) {
            try {
                future.get();
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException("Cannot publish to " + topic, e);
            }
        }
    }

    /** The mails received whose Message-ID is one of these events' notification ids, duplicates included. */
    static List<MimeMessage> mailsOf(Infrastructure infrastructure, List<Event> events) {
        Set<String> messageIds = events.stream()
                .map(event -> "<" + event.notification().notificationId() + "@openbenefits>")
                .collect(Collectors.toSet());
        return infrastructure.smtp().messages().stream().filter(mail -> messageIds.contains(messageId(mail))).toList();
    }

    /** Waits until at least {@code count} mails of these events have arrived and returns them. */
    static List<MimeMessage> awaitMails(Infrastructure infrastructure, List<Event> events, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<MimeMessage> mails = mailsOf(infrastructure, events);
        while (mails.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(count + " mails expected within " + timeout + ", " + mails.size() + " arrived");
            }
            sleep(Duration.ofMillis(20));
            mails = mailsOf(infrastructure, events);
        }
        return mails;
    }

    /**
     * Waits until the consumer group has committed, on every partition, the offset after the last record: every
     * event published so far has been handled (sent or skipped), so no further mail can come from them.
     */
    void awaitAllConsumed(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = admin()) {
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, 3).boxed()
                        .collect(Collectors.toMap(partition -> new TopicPartition(topic, partition),
                                partition -> OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                boolean done = ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                        || (committed.get(end.getKey()) != null
                            && committed.get(end.getKey()).offset() == end.getValue().offset()));
                if (done) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Group " + groupId + " has not consumed " + topic + " within " + timeout
                            + ": committed " + committed + ", ends " + ends);
                }
                sleep(Duration.ofMillis(100));
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Cannot read the offsets of group " + groupId, e);
        }
    }

    static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()));
    }

    private static String json(NotificationRequested notification) {
        try {
            return JSON.writeValueAsString(notification);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
