package org.openbenefits.domain.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.openbenefits.domain.refusal.Refusal;

/**
 * Applies a verified notification when the card was typed on the gateway's hosted payment page rather than sent
 * through the platform: the confirmation ({@link PaymentIntent#confirm}) then happens at the gateway, and the
 * platform's intent is still {@link IntentState#CREATED} when the gateway notifies its outcome (3-D Secure asked,
 * authorised, or failed with its reason). The card the gateway confirmed (token, brand, last four) is then asked of
 * the gateway, as processors' webhooks are followed by a look at the intent, and the platform's intent is confirmed
 * with it. Every other case is {@link ApplyNotification}'s.
 */
public final class ApplyHostedNotification {

    private ApplyHostedNotification() {
    }

    /**
     * @param intent       the platform's intent the notification names
     * @param notification the notification, verified
     * @param confirmed    the card the gateway says was confirmed on the intent, if any
     * @param at           when it is applied
     */
    public static NotificationOutcome to(PaymentIntent intent, GatewayNotification notification,
                                         Optional<StoredCard> confirmed, Instant at) {
        Objects.requireNonNull(confirmed, "confirmed");
        if (intent.state() != IntentState.CREATED) {
            return ApplyNotification.to(intent, notification, at);
        }
        if (!intent.id().equals(notification.intent())) {
            throw new IllegalArgumentException("Notification for " + notification.intent() + " applied to " + intent.id());
        }
        GatewayAnswer answer = switch (notification.state()) {
            case REQUIRES_ACTION -> new GatewayAnswer.ChallengeRequired();
            case AUTHORISED -> new GatewayAnswer.Authorised();
            case FAILED -> new GatewayAnswer.Declined(notification.reason().orElseThrow());
            default -> null;
        };
        if (answer == null) {
            return ApplyNotification.to(intent, notification, at);
        }
        if (confirmed.isEmpty()) {
            return new NotificationOutcome.Refused(Refusal.of(PaymentRefusal.NOTIFICATION_NOT_APPLICABLE,
                    "intent", intent.id().value(), "state", notification.state().name()));
        }
        return switch (intent.confirm(confirmed.get(), answer, at)) {
            case IntentChange.Moved moved -> new NotificationOutcome.Applied(moved.intent(), IntentState.CREATED);
            case IntentChange.Refused refused -> new NotificationOutcome.Refused(refused.refusal());
        };
    }
}
