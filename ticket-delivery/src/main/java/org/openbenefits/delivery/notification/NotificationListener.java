package org.openbenefits.delivery.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerException;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerExceptionHandler;
import io.micronaut.json.JsonMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.openbenefits.contract.events.EventHeaders;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.contract.events.Topics;
import org.openbenefits.delivery.inbox.Inbox;
import org.openbenefits.delivery.mail.MailRenderer;
import org.openbenefits.delivery.mail.RenderedMail;
import org.openbenefits.delivery.mail.SmtpMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@link NotificationRequested} events into e-mails, once each. A failing record is retried with growing
 * delays, then parked on {@link Topics#NOTIFICATIONS_DEAD_LETTER}. Offsets are committed after each record.
 * <p>
 * The topic and the consumer group are {@link Topics#NOTIFICATIONS} and {@code ticket-delivery}; the properties
 * {@code notifications.topic} and {@code notifications.group-id} exist so that a test can run its own instances on its
 * own topic without seeing other tests' events.
 */
@KafkaListener(groupId = "${notifications.group-id:ticket-delivery}", clientId = "ticket-delivery-notifications",
        offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCountValue = "${notifications.retry-count:4}", retryDelay = "${notifications.retry-delay:500ms}"))
class NotificationListener implements KafkaListenerExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationListener.class);

    private final Inbox inbox;
    private final MailRenderer renderer;
    private final SmtpMailer mailer;
    private final DeadLetters deadLetters;
    private final JsonMapper json;

    NotificationListener(Inbox inbox, MailRenderer renderer, SmtpMailer mailer, DeadLetters deadLetters,
                         JsonMapper json) {
        this.inbox = inbox;
        this.renderer = renderer;
        this.mailer = mailer;
        this.deadLetters = deadLetters;
        this.json = json;
    }

    @Topic("${notifications.topic:" + Topics.NOTIFICATIONS + "}")
    void receive(ConsumerRecord<String, String> record) {
        String eventId = header(record, EventHeaders.ID);
        String type = header(record, EventHeaders.TYPE);
        if (eventId == null || !"NotificationRequested".equals(type)) {
            throw new IllegalArgumentException("Not a NotificationRequested event (type " + type + ", id " + eventId + ")");
        }
        NotificationRequested notification = read(record.value());
        boolean sent = inbox.handleOnce(eventId, type, () -> {
            RenderedMail mail = renderer.render(notification.template(), notification.locale(), notification.parameters());
            mailer.send(notification.notificationId().toString(), notification.recipient(), mail);
        });
        // The recipient is personal data: logs name the notification and template only.
        if (sent) {
            LOG.info("Sent e-mail {} ({})", notification.notificationId(), notification.template());
        } else {
            LOG.info("Skipped event {}: already handled", eventId);
        }
    }

    @Override
    public void handle(KafkaListenerException exception) {
        exception.getConsumerRecord().ifPresentOrElse(record -> {
            LOG.error("Parking event {} on {} after retries: {}", header(record, EventHeaders.ID),
                    Topics.NOTIFICATIONS_DEAD_LETTER, exception.getCause() == null ? exception.getMessage() : exception.getCause().getMessage());
            deadLetters.park(Topics.NOTIFICATIONS_DEAD_LETTER, record,
                    exception.getCause() == null ? exception : exception.getCause());
        }, () -> LOG.error("Kafka consumer error", exception));
    }

    private NotificationRequested read(String value) {
        try {
            return json.readValue(value, NotificationRequested.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Unreadable NotificationRequested payload", e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
