package org.openbenefits.platform.payment.simulator;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the simulator's notifications that are due, on every instance (they share the work without sending one twice
 * at once), every {@code platform.payments.simulator.notifications.interval}.
 */
@Singleton
@Requires(property = "platform.payments.simulator.notifications.enabled", value = "true", defaultValue = "true")
class SimulatorNotificationJob {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorNotificationJob.class);

    private final SimulatorNotifications notifications;

    SimulatorNotificationJob(SimulatorNotifications notifications) {
        this.notifications = notifications;
    }

    @Scheduled(fixedDelay = "${platform.payments.simulator.notifications.interval:2s}", initialDelay = "5s")
    void sendDue() {
        try {
            int sent;
            do {
                sent = notifications.sendDue();
            } while (sent > 0);
        } catch (RuntimeException e) {
            // The database is away: the notifications stay due and the next run tries again.
            LOG.warn("Simulator: notifications could not be sent, will retry: {}", e.toString());
        }
    }
}
