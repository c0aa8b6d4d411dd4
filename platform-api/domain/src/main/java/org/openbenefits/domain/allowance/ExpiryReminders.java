package org.openbenefits.domain.allowance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When an employee is reminded that a grant with a balance expires (docs/domain-rules.md, "Expiry and reminders"): 30,
 * 7 and 1 days before its last valid day, each once. A reminder missed (the job did not run that day) is not sent late
 * when a more urgent one is due: only the most urgent reminder due is sent, and never one less urgent than a reminder
 * already sent.
 */
public final class ExpiryReminders {

    /** Days before the last valid day, least urgent first. */
    public static final List<Integer> DAYS_BEFORE = List.of(30, 7, 1);

    private ExpiryReminders() {
    }

    /**
     * @param today        the business day (Paris)
     * @param expiresOn    the grant's last valid day, inclusive
     * @param mostUrgentSent the smallest {@code daysBefore} already sent for this grant, if any
     * @return the {@code daysBefore} of the reminder to send today, or empty for none
     */
    public static OptionalInt due(LocalDate today, LocalDate expiresOn, OptionalInt mostUrgentSent) {
        long daysLeft = ChronoUnit.DAYS.between(today, expiresOn);
        if (daysLeft < 1) {
            return OptionalInt.empty();
        }
        Optional<Integer> mostUrgentDue = DAYS_BEFORE.stream().filter(days -> days >= daysLeft)
                .min(Integer::compare);
        if (mostUrgentDue.isEmpty()) {
            return OptionalInt.empty();
        }
        int days = mostUrgentDue.get();
        if (mostUrgentSent.isPresent() && mostUrgentSent.getAsInt() <= days) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(days);
    }
}
