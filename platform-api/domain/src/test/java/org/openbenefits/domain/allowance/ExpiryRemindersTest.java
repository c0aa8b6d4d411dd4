package org.openbenefits.domain.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExpiryRemindersTest {

    private static final LocalDate EXPIRES_ON = LocalDate.of(2026, 12, 31);

    private static OptionalInt due(LocalDate today, Integer sent) {
        return ExpiryReminders.due(today, EXPIRES_ON, sent == null ? OptionalInt.empty() : OptionalInt.of(sent));
    }

    @Test
    void nothing_is_due_more_than_thirty_days_before() {
        assertThat(due(EXPIRES_ON.minusDays(31), null)).isEmpty();
    }

    @Test
    void the_reminders_fall_thirty_seven_and_one_day_before() {
        assertThat(due(EXPIRES_ON.minusDays(30), null)).hasValue(30);
        assertThat(due(EXPIRES_ON.minusDays(7), 30)).hasValue(7);
        assertThat(due(EXPIRES_ON.minusDays(1), 7)).hasValue(1);
    }

    @Test
    void each_reminder_is_sent_once() {
        assertThat(due(EXPIRES_ON.minusDays(29), 30)).isEmpty();
        assertThat(due(EXPIRES_ON.minusDays(6), 7)).isEmpty();
        assertThat(due(EXPIRES_ON.minusDays(1), 1)).isEmpty();
    }

    @Test
    void a_missed_day_sends_the_most_urgent_reminder_due_and_not_the_stale_one() {
        assertThat(due(EXPIRES_ON.minusDays(5), null)).hasValue(7);
        assertThat(due(EXPIRES_ON.minusDays(1), 30)).hasValue(1);
    }

    @Test
    void nothing_is_sent_on_the_last_day_or_after() {
        assertThat(due(EXPIRES_ON, null)).isEmpty();
        assertThat(due(EXPIRES_ON.plusDays(1), null)).isEmpty();
    }
}
