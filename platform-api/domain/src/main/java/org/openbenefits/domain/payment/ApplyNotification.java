package org.openbenefits.domain.payment;

import java.time.Instant;
import java.util.Objects;
import org.openbenefits.domain.refusal.Refusal;

/**
 * Applies a verified gateway notification to its payment intent, idempotently (docs/domain-rules.md, "Payment"): the
 * same notification twice changes nothing the second time ({@link NotificationOutcome.AlreadyApplied}); one about an
 * intent already refunded, cancelled or failed is ignored, never refused, so that the gateway stops retrying it
 * ({@link NotificationOutcome.Ignored}); one overtaken by a later state is ignored likewise. A notification moves an
 * intent only as the gateway alone can: the 3-D Secure outcome of an intent requiring action (authorised, or failed
 * with its reason), the capture of an authorised one, the cancellation of one under way. Refunds and confirmations
 * are the platform's own calls, whose answers it applies itself; a notification of them finds them applied already or
 * is refused.
 */
public final class ApplyNotification {

    private ApplyNotification() {
    }

    /**
     * @param intent       the intent the notification names
     * @param notification the notification, verified
     * @param at           when it is applied
     */
    public static NotificationOutcome to(PaymentIntent intent, GatewayNotification notification, Instant at) {
        Objects.requireNonNull(at, "at");
        if (!intent.id().equals(notification.intent())) {
            throw new IllegalArgumentException("Notification for " + notification.intent() + " applied to " + intent.id());
        }
        IntentState current = intent.state();
        IntentState notified = notification.state();
        if (current == notified) {
            return new NotificationOutcome.AlreadyApplied(intent);
        }
        if (current.isFinal()) {
            return new NotificationOutcome.Ignored(intent, NotificationOutcome.Why.INTENT_FINAL);
        }
        if (!notified.isFinal() && progress(notified) < progress(current)) {
            return new NotificationOutcome.Ignored(intent, NotificationOutcome.Why.SUPERSEDED);
        }
        IntentChange change = switch (notified) {
            case AUTHORISED -> current == IntentState.REQUIRES_ACTION
                    ? intent.completeChallenge(new GatewayAnswer.Authorised(), at) : null;
            case FAILED -> current == IntentState.REQUIRES_ACTION
                    ? intent.completeChallenge(new GatewayAnswer.Declined(notification.reason().orElseThrow()), at)
                    : null;
            case CAPTURED -> current == IntentState.AUTHORISED ? intent.capture(at) : null;
            case CANCELLED -> intent.cancel(at);
            case CREATED, REQUIRES_ACTION, PARTIALLY_REFUNDED, REFUNDED -> null;
        };
        if (change instanceof IntentChange.Moved moved) {
            return new NotificationOutcome.Applied(moved.intent(), current);
        }
        return new NotificationOutcome.Refused(Refusal.of(PaymentRefusal.NOTIFICATION_NOT_APPLICABLE,
                "intent", intent.id().value(), "state", notified.name()));
    }

    // How far along the way to being paid and refunded a state is; final states other than REFUNDED are off the way.
    private static int progress(IntentState state) {
        return switch (state) {
            case CREATED -> 0;
            case REQUIRES_ACTION -> 1;
            case AUTHORISED -> 2;
            case CAPTURED -> 3;
            case PARTIALLY_REFUNDED -> 4;
            case REFUNDED, CANCELLED, FAILED -> 5;
        };
    }
}
