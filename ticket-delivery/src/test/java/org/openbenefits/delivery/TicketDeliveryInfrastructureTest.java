package org.openbenefits.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.events.EventHeaders;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.contract.events.Topics;
import org.openbenefits.delivery.inbox.Inbox;
import org.openbenefits.testkit.Infrastructure;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** ticket-delivery against the real parts: Kafka in, MariaDB inbox through Flyway and Connector/J, SMTP out. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketDeliveryInfrastructureTest implements TestPropertyProvider {

    private Infrastructure infrastructure;
    private KafkaProducer<String, String> producer;

    @Inject
    Inbox inbox;
    @Inject
    JsonMapper json;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        infrastructure = TestInfrastructure.get();
        Map<String, String> properties = new HashMap<>(infrastructure.micronautProperties("delivery_it"));
        properties.put("notifications.retry-count", "1");
        properties.put("notifications.retry-delay", "50ms");
        return properties;
    }

    @BeforeEach
    void emptyMailbox() {
        infrastructure.smtp().reset();
    }

    @AfterAll
    void closeProducer() {
        if (producer != null) {
            producer.close();
        }
    }

    @Test
    void the_inbox_runs_a_handler_once_per_event_id() {
        String eventId = UUID.randomUUID().toString();
        int[] runs = {0};

        boolean first = inbox.handleOnce(eventId, "Test", () -> runs[0]++);
        boolean second = inbox.handleOnce(eventId, "Test", () -> runs[0]++);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(runs[0]).isEqualTo(1);
        assertThat(inbox.handled(eventId)).isTrue();
    }

    @Test
    void a_notification_event_becomes_one_french_email_with_html_and_text_even_when_delivered_twice() throws Exception {
        NotificationRequested notification = notification("camille@example.org", "fr", "test-message");
        String eventId = UUID.randomUUID().toString();

        publish(eventId, notification);
        publish(eventId, notification);
        List<MimeMessage> received = infrastructure.smtp().awaitMessages(1, Duration.ofSeconds(30));
        // A later event proves the consumer went past both copies before we count.
        publish(UUID.randomUUID().toString(), notification("marker@example.org", "fr", "test-message"));
        received = infrastructure.smtp().awaitMessages(2, Duration.ofSeconds(30));

        List<MimeMessage> toCamille = received.stream().filter(m -> recipient(m).equals("camille@example.org")).toList();
        assertThat(toCamille).hasSize(1);
        MimeMessage mail = toCamille.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Un message pour Camille : été, crème brûlée");
        assertThat(mail.getMessageID()).isEqualTo("<" + notification.notificationId() + "@openbenefits>");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Bonjour Camille,");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<p>Bonjour Camille,</p>")
                .contains("OpenBenefits");
    }

    @Test
    void the_email_speaks_the_recipients_language() throws Exception {
        publish(UUID.randomUUID().toString(), notification("jane@example.org", "en", "test-message"));

        MimeMessage mail = infrastructure.smtp().awaitMessages(1, Duration.ofSeconds(30)).getFirst();

        assertThat(mail.getSubject()).isEqualTo("A message for Camille");
    }

    @Test
    void an_event_that_keeps_failing_is_parked_on_the_dead_letter_topic_with_its_reason() {
        String eventId = UUID.randomUUID().toString();
        publish(eventId, notification("nobody@example.org", "fr", "no-such-template"));

        ConsumerRecord<String, String> parked = pollDeadLetters(eventId, Duration.ofSeconds(60));

        assertThat(header(parked, EventHeaders.TYPE)).isEqualTo("NotificationRequested");
        assertThat(header(parked, "dead-letter-reason")).contains("no-such-template");
        assertThat(inbox.handled(eventId)).isFalse();
    }

    @Test
    void health_and_prometheus_metrics_are_served() {
        HttpResponse<String> health = http.toBlocking().exchange("/health", String.class);

        assertThat(health.body()).contains("\"status\":\"UP\"").contains("jdbc").contains("kafka");
        assertThat(http.toBlocking().retrieve("/prometheus")).contains("# TYPE jvm_memory_used_bytes gauge");
    }

    private NotificationRequested notification(String recipient, String locale, String template) {
        return new NotificationRequested(UUID.randomUUID(), recipient, locale, template, Map.of("firstName", "Camille"));
    }

    private void publish(String eventId, NotificationRequested event) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.NOTIFICATIONS, event.key(),
                    json.writeValueAsString(event));
            record.headers().add(new RecordHeader(EventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader(EventHeaders.TYPE, event.type().getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader(EventHeaders.VERSION, "1".getBytes(StandardCharsets.UTF_8)));
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
            producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private ConsumerRecord<String, String> pollDeadLetters(String eventId, Duration timeout) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "dlt-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.NOTIFICATIONS_DEAD_LETTER));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (eventId.equals(header(record, EventHeaders.ID))) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("Event " + eventId + " was not parked on the dead-letter topic within " + timeout);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
