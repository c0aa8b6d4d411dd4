package org.openbenefits.domain.payment;

import java.util.Objects;
import org.openbenefits.domain.refusal.Refusal;

/** The outcome of verifying a gateway notification as received: trusted, or rejected with a code. */
public sealed interface NotificationCheck {

    /** Well-formed, signed by the gateway, recent enough. */
    record Verified(GatewayNotification notification) implements NotificationCheck {

        public Verified {
            Objects.requireNonNull(notification, "notification");
        }
    }

    /**
     * Not to be trusted, nothing applied: {@code payment.notification-malformed}, {@code
     * payment.notification-signature-invalid} or {@code payment.notification-stale}.
     */
    record Rejected(Refusal refusal) implements NotificationCheck {

        public Rejected {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
