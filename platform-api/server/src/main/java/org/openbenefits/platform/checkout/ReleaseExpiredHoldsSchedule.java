package org.openbenefits.platform.checkout;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * When {@link ReleaseExpiredHolds} runs: every {@code platform.checkout.hold-job.interval} (a minute by default), on
 * every instance, which share the work. Tests turn it off and run the job by hand with their own clock.
 */
@Singleton
@Requires(property = "platform.checkout.hold-job.enabled", notEquals = "false")
class ReleaseExpiredHoldsSchedule {

    private final ReleaseExpiredHolds job;

    ReleaseExpiredHoldsSchedule(ReleaseExpiredHolds job) {
        this.job = job;
    }

    @Scheduled(fixedDelay = "${platform.checkout.hold-job.interval:1m}",
            initialDelay = "${platform.checkout.hold-job.initial-delay:1m}")
    void everyMinute() {
        job.run();
    }
}
