package org.openbenefits.platform.payment;

import java.time.Clock;
import java.util.Optional;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.payment.ApplyHostedNotification;
import org.openbenefits.domain.payment.GatewayNotification;
import org.openbenefits.domain.payment.IntentState;
import org.openbenefits.domain.payment.NotificationCheck;
import org.openbenefits.domain.payment.NotificationOutcome;
import org.openbenefits.domain.payment.PaymentIntent;
import org.openbenefits.domain.payment.StoredCard;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives a server-to-server notification of the card gateway (ADR 0012): verifies it ({@code NotificationSignature}:
 * well-formed, signed with the shared secret, recent), then, in one transaction, applies it to the platform's intent
 * ({@code ApplyHostedNotification}) and, when it authorised or failed the payment, publishes
 * {@link CardPaymentSettled} synchronously so that checkout moves the order in the same transaction. The same
 * notification twice, or one about an intent already over, changes nothing and is acknowledged.
 */
@Singleton
public class ReceiveNotification {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiveNotification.class);

    /** What receiving a notification did. */
    public sealed interface Outcome {
    }

    /** The intent moved to the state notified. */
    public record Applied(IntentState state) implements Outcome {
    }

    /** Nothing changed, on purpose: the same notification again, or one about an intent already over or further on. */
    public record Acknowledged(IntentState state) implements Outcome {
    }

    /**
     * Not applied, nothing changed: {@code payment.notification-malformed}, {@code -signature-invalid}, {@code -stale},
     * {@code -not-applicable}, or {@code resource.not-found} for an intent the platform does not know.
     */
    public record Rejected(Refusal refusal) implements Outcome {
    }

    /** The notification as received: every field as text, unread. */
    public record Received(String intent, String state, String reason, String timestamp, String signature) {
    }

    private final NotificationSettings settings;
    private final PaymentIntents intents;
    private final CardGateway gateway;
    private final ApplicationEventPublisher<CardPaymentSettled> events;
    private final Clock clock;

    ReceiveNotification(NotificationSettings settings, PaymentIntents intents, CardGateway gateway,
                        ApplicationEventPublisher<CardPaymentSettled> events, Clock clock) {
        this.settings = settings;
        this.intents = intents;
        this.gateway = gateway;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome receive(Received received) {
        NotificationCheck check = settings.signature().verify(received.intent(), received.state(), received.reason(),
                received.timestamp(), received.signature(), clock.instant());
        if (check instanceof NotificationCheck.Rejected rejected) {
            LOG.warn("Card gateway notification rejected: {}", rejected.refusal().code().code());
            return new Rejected(rejected.refusal());
        }
        GatewayNotification notification = ((NotificationCheck.Verified) check).notification();
        Optional<PaymentIntents.Stored> stored = intents.lock(notification.intent());
        if (stored.isEmpty()) {
            LOG.warn("Card gateway notification about an intent the platform does not know: {}",
                    notification.intent());
            return new Rejected(Refusal.of(GeneralRefusal.NOT_FOUND));
        }
        PaymentIntent intent = stored.get().intent();
        Optional<StoredCard> confirmed = intent.state() == IntentState.CREATED
                ? gateway.confirmedCard(intent.id()) : Optional.empty();
        NotificationOutcome outcome = ApplyHostedNotification.to(intent, notification, confirmed, clock.instant());
        return switch (outcome) {
            case NotificationOutcome.Applied applied -> {
                intents.update(applied.intent());
                publish(applied.intent(), stored.get().orderId());
                LOG.info("Card payment {} moved from {} to {} by the gateway", intent.id(), applied.from(),
                        applied.intent().state());
                yield new Applied(applied.intent().state());
            }
            case NotificationOutcome.AlreadyApplied already -> {
                LOG.info("Card gateway notification about {} already applied ({})", intent.id(), intent.state());
                yield new Acknowledged(intent.state());
            }
            case NotificationOutcome.Ignored ignored -> {
                LOG.info("Card gateway notification about {} ignored ({}, intent {})", intent.id(), ignored.why(),
                        intent.state());
                yield new Acknowledged(intent.state());
            }
            case NotificationOutcome.Refused refused -> {
                LOG.warn("Card gateway notification about {} not applicable: intent {}, notified {}", intent.id(),
                        intent.state(), notification.state());
                yield new Rejected(refused.refusal());
            }
        };
    }

    private void publish(PaymentIntent intent, long orderId) {
        switch (intent.state()) {
            case AUTHORISED -> events.publishEvent(new CardPaymentSettled.Authorised(intent.id(), orderId,
                    intent.card().orElseThrow()));
            case FAILED -> events.publishEvent(new CardPaymentSettled.Failed(intent.id(), orderId,
                    intent.declined().orElseThrow()));
            default -> {
            }
        }
    }
}
