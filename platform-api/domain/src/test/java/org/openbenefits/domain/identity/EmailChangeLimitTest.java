package org.openbenefits.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class EmailChangeLimitTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final EmailChangeLimit limit = EmailChangeLimit.DEFAULT;

    @Test
    void three_mails_within_the_hour_are_allowed() {
        assertThat(limit.nextAllowedAt(List.of(), NOW)).isEmpty();
        assertThat(limit.nextAllowedAt(List.of(minutesAgo(50)), NOW)).isEmpty();
        assertThat(limit.nextAllowedAt(List.of(minutesAgo(50), minutesAgo(10)), NOW)).isEmpty();
    }

    @Test
    void a_fourth_within_the_hour_waits_until_the_oldest_of_the_three_is_an_hour_old() {
        assertThat(limit.nextAllowedAt(List.of(minutesAgo(10), minutesAgo(50), minutesAgo(30)), NOW))
                .contains(NOW.plus(Duration.ofMinutes(10)));
    }

    @Test
    void mails_older_than_the_window_no_longer_count() {
        assertThat(limit.nextAllowedAt(List.of(minutesAgo(60), minutesAgo(61), minutesAgo(10), minutesAgo(5)), NOW))
                .isEmpty();
    }

    @Test
    void with_more_sends_than_allowed_on_record_it_waits_until_enough_of_them_leave_the_window() {
        List<Instant> five = List.of(minutesAgo(55), minutesAgo(40), minutesAgo(30), minutesAgo(20), minutesAgo(1));

        assertThat(limit.nextAllowedAt(five, NOW)).contains(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void a_limit_allows_at_least_one_mail_in_a_positive_window() {
        assertThatThrownBy(() -> new EmailChangeLimit(0, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailChangeLimit(3, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant minutesAgo(long minutes) {
        return NOW.minus(Duration.ofMinutes(minutes));
    }
}
