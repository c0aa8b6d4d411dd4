package org.openbenefits.platform.allowance.expiry;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The daily allowance work: expire the grants past their last day first, then send the reminders due. */
@Singleton
public class DailyAllowanceJob {

    private static final Logger LOG = LoggerFactory.getLogger(DailyAllowanceJob.class);

    /** What one run did. */
    public record Run(int expired, int reminded) {
    }

    private final ExpireGrants expireGrants;
    private final RemindExpiringGrants remindExpiringGrants;

    DailyAllowanceJob(ExpireGrants expireGrants, RemindExpiringGrants remindExpiringGrants) {
        this.expireGrants = expireGrants;
        this.remindExpiringGrants = remindExpiringGrants;
    }

    public Run run() {
        Run run = new Run(expireGrants.expireDue(), remindExpiringGrants.remindDue());
        LOG.info("Daily allowance job: {} grant(s) expired, {} reminder(s) sent", run.expired(), run.reminded());
        return run;
    }
}
