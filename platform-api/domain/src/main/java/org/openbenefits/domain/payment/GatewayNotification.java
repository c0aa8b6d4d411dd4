package org.openbenefits.domain.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A server-to-server notification of the gateway, once its signature is verified ({@link NotificationSignature}): the
 * intent it is about, the state the gateway says it reached, the decline reason when that state is
 * {@link IntentState#FAILED}, and when the gateway signed it.
 *
 * @param intent   the payment intent
 * @param state    the state the gateway reports
 * @param reason   why the card was declined, present exactly on a {@link IntentState#FAILED} notification
 * @param signedAt the timestamp the gateway signed
 */
public record GatewayNotification(PaymentIntentId intent, IntentState state, Optional<DeclineReason> reason,
                                  Instant signedAt) {

    public GatewayNotification {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(signedAt, "signedAt");
        if (reason.isPresent() != (state == IntentState.FAILED)) {
            throw new IllegalArgumentException("A notification gives a reason exactly when the intent failed");
        }
    }
}
