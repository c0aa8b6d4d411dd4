package org.openbenefits.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openbenefits.domain.payment.GatewayNotification;
import org.openbenefits.domain.payment.IntentState;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.platform.security.StartupRefusal;

/** The notification secret: at least 32 bytes, or platform-api does not start; none set, the instance draws one. */
class NotificationSettingsTest {

    @Test
    void a_secret_under_32_bytes_stops_the_start_without_showing_it() {
        assertThatThrownBy(() -> new NotificationSettings("thirty-one-bytes-long-secret-xx", Duration.ofMinutes(5)))
                .isInstanceOf(StartupRefusal.class)
                .hasMessageContaining("PAYMENT_NOTIFICATION_SECRET has 31 bytes")
                .hasMessageNotContaining("thirty-one");
    }

    @Test
    void without_a_secret_each_instance_draws_its_own_and_a_set_secret_signs_alike_everywhere() {
        GatewayNotification notification = new GatewayNotification(PaymentIntentId.of("pi_sim_1"),
                IntentState.AUTHORISED, Optional.empty(), Instant.parse("2026-12-03T10:00:00Z"));
        NotificationSettings one = new NotificationSettings("", Duration.ofMinutes(5));
        NotificationSettings other = new NotificationSettings(null, Duration.ofMinutes(5));
        NotificationSettings set = new NotificationSettings("x".repeat(32), Duration.ofMinutes(5));
        NotificationSettings sameSet = new NotificationSettings("x".repeat(32), Duration.ofMinutes(5));

        assertThat(one.signature().sign(notification)).isNotEqualTo(other.signature().sign(notification));
        assertThat(set.signature().sign(notification)).isEqualTo(sameSet.signature().sign(notification));
    }
}
