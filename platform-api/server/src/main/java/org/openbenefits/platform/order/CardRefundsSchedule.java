package org.openbenefits.platform.order;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * When {@link CardRefunds#retryPending} runs: every {@code platform.orders.refund-job.interval} (5 minutes by
 * default), on every instance, which share the work. Tests turn it off and run it by hand.
 */
@Singleton
@Requires(property = "platform.orders.refund-job.enabled", notEquals = "false")
class CardRefundsSchedule {

    private final CardRefunds refunds;

    CardRefundsSchedule(CardRefunds refunds) {
        this.refunds = refunds;
    }

    @Scheduled(fixedDelay = "${platform.orders.refund-job.interval:5m}",
            initialDelay = "${platform.orders.refund-job.initial-delay:5m}")
    void everyFewMinutes() {
        refunds.retryPending();
    }
}
