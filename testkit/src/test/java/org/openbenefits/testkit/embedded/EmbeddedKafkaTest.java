package org.openbenefits.testkit.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    @Test
    void a_record_produced_to_the_broker_is_consumed() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(TestDirectories.fresh("kafka-round-trip"), 0)) {
            kafka.createTopics(3, "orders.paid");

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("orders.paid", "order-17", "{\"orderId\":17}"))
                        .get(10, TimeUnit.SECONDS);
            }

            assertThat(consumeOne(kafka.bootstrapServers(), "orders.paid"))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly("order-17", "{\"orderId\":17}");
        }
    }

    @Test
    void topics_survive_a_stop_and_a_start_over_the_same_log_dir() throws Exception {
        Path logDir = TestDirectories.fresh("kafka-restart");
        try (EmbeddedKafka first = EmbeddedKafka.start(logDir, 0)) {
            first.createTopics(2, "tickets.issued");
            first.createTopics(2, "tickets.issued");
        }

        try (EmbeddedKafka second = EmbeddedKafka.start(logDir, 0);
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, second.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).contains("tickets.issued");
            assertThat(admin.describeTopics(List.of("tickets.issued")).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get("tickets.issued").partitions()).hasSize(2);
        }
    }

    private static ConsumerRecord<String, String> consumeOne(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "testkit-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
            assertThat(received).as("records consumed from " + topic).hasSize(1);
            return received.getFirst();
        }
    }
}
