package org.openbenefits.platform.allowance.expiry;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * When {@link DailyAllowanceJob} runs: every day at {@code platform.allowances.daily-job.cron} (00:05, Paris time),
 * and once shortly after start-up, so that a day missed while the service was down is caught up. Every instance
 * runs it; the job is safe with several. Tests turn it off and run the job by hand.
 */
@Singleton
@Requires(property = "platform.allowances.daily-job.enabled", notEquals = "false")
class DailyAllowanceSchedule {

    private final DailyAllowanceJob job;

    DailyAllowanceSchedule(DailyAllowanceJob job) {
        this.job = job;
    }

    @Scheduled(cron = "${platform.allowances.daily-job.cron:0 5 0 * * *}", zoneId = "Europe/Paris")
    void daily() {
        job.run();
    }

    @Scheduled(initialDelay = "${platform.allowances.daily-job.initial-delay:1m}")
    void afterStartUp() {
        job.run();
    }
}
