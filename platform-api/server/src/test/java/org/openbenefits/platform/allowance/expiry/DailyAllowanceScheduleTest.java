package org.openbenefits.platform.allowance.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.scheduling.cron.CronExpression;
import org.junit.jupiter.api.Test;

/**
 * The allowance job is idempotent, so it runs every hour: a reminder or an expiry that failed (a database outage at
 * 00:05) is retried within the hour instead of the next day, when the 1-day reminder would be too late.
 */
class DailyAllowanceScheduleTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void the_job_runs_at_minute_5_of_every_hour_paris_time_by_default_and_in_the_configuration() throws Exception {
        Scheduled scheduled = DailyAllowanceSchedule.class.getDeclaredMethod("hourly").getAnnotation(Scheduled.class);
        String configured = configuredCron();

        assertThat(scheduled.zoneId()).isEqualTo("Europe/Paris");
        assertThat(scheduled.cron()).isEqualTo("${platform.allowances.daily-job.cron:0 5 * * * *}");
        assertThat(configured).isEqualTo("0 5 * * * *");
        CronExpression cron = CronExpression.create(configured);
        ZonedDateTime failedRun = ZonedDateTime.of(2026, 12, 1, 0, 5, 0, 0, PARIS);
        assertThat(cron.nextTimeAfter(failedRun)).isEqualTo(ZonedDateTime.of(2026, 12, 1, 1, 5, 0, 0, PARIS));
        assertThat(cron.nextTimeAfter(ZonedDateTime.of(2026, 12, 1, 13, 10, 0, 0, PARIS)))
                .isEqualTo(ZonedDateTime.of(2026, 12, 1, 14, 5, 0, 0, PARIS));
    }

    private static String configuredCron() throws IOException {
        try (InputStream in = DailyAllowanceSchedule.class.getResourceAsStream("/application.yml")) {
            assertThat(in).isNotNull();
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher matcher = Pattern.compile("daily-job:\\s*\\n(?:\\s+[a-z-]+:.*\\n)*?\\s+cron:\\s*\"([^\"]+)\"")
                    .matcher(yaml);
            assertThat(matcher.find()).as("platform.allowances.daily-job.cron in application.yml").isTrue();
            return matcher.group(1);
        }
    }
}
