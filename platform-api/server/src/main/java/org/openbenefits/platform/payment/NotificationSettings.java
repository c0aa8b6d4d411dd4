package org.openbenefits.platform.payment;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import org.openbenefits.domain.payment.NotificationSignature;
import org.openbenefits.platform.security.StartupRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret shared with the card gateway, which signs its notifications (HMAC-SHA256, at least 32 bytes), and how far
 * a notification's timestamp may be from now. Without a secret set ({@code PAYMENT_NOTIFICATION_SECRET}), this
 * instance draws one at start: enough for the built-in simulator, which notifies the instance it runs in; several
 * instances behind a load balancer, or a real processor, need it set. A secret shorter than 32 bytes stops the start
 * (the bean is made at start for that reason).
 */
@Context
public class NotificationSettings {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSettings.class);
    private static final int MIN_SECRET_BYTES = 32;

    private final NotificationSignature signature;

    NotificationSettings(@Nullable @Value("${platform.payments.notification-secret:}") String secret,
                         @Value("${platform.payments.notification-tolerance:5m}") Duration tolerance) {
        byte[] key;
        if (secret == null || secret.isEmpty()) {
            key = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(key);
            LOG.warn("PAYMENT_NOTIFICATION_SECRET is not set: this instance drew its own card gateway notification "
                    + "secret, which only the built-in simulator of this instance knows (see docs/runbook.md, "
                    + "\"Card gateway\")");
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
            if (key.length < MIN_SECRET_BYTES) {
                throw new StartupRefusal("PAYMENT_NOTIFICATION_SECRET has " + key.length + " bytes: a card gateway "
                        + "notification secret has at least " + MIN_SECRET_BYTES + ". See docs/runbook.md, "
                        + "\"Card gateway\".");
            }
        }
        this.signature = new NotificationSignature(key, tolerance);
    }

    /** Signs (the simulator) and verifies (the notification endpoint) with the shared secret. */
    public NotificationSignature signature() {
        return signature;
    }
}
