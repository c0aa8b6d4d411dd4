package org.openbenefits.platform.allowance.expiry;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * When {@link DailyAllowanceJob} runs: at {@code platform.allowances.daily-job.cron}, by default every hour at minute 5
 * (Paris time), so that a run that fails (a database outage, a reminder that could not be written) is retried within
 * the hour rather than the next day, and once shortly after start-up, so that what was missed while the service was
 * down is caught up. The job is idempotent (a grant expires once, a reminder is sent once) and safe with several
 * instances, all of which run it. Tests turn it off and run the job by hand.
 */
@Singleton
@Requires(property = "platform.allowances.daily-job.enabled", notEquals = "false")
class DailyAllowanceSchedule {

    private final DailyAllowanceJob job;

    DailyAllowanceSchedule(DailyAllowanceJob job) {
        this.job = job;
    }

    @Scheduled(cron = "${platform.allowances.daily-job.cron:0 5 * * * *}", zoneId = "Europe/Paris")
    void hourly() {
        job.run();
    }

    @Scheduled(initialDelay = "${platform.allowances.daily-job.initial-delay:1m}")
    void afterStartUp() {
        job.run();
    }
}
