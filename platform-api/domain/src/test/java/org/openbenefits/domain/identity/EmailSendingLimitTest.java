package org.openbenefits.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class EmailSendingLimitTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private final EmailSendingLimit limit = EmailSendingLimit.DEFAULT;

    @Test
    void three_e_mails_an_hour_go_and_the_fourth_waits_until_the_first_leaves_the_window() {
        List<Instant> two = List.of(NOW.minus(Duration.ofMinutes(40)), NOW.minus(Duration.ofMinutes(10)));
        List<Instant> three = List.of(NOW.minus(Duration.ofMinutes(10)), NOW.minus(Duration.ofMinutes(40)), NOW);

        assertThat(limit.nextAllowedAt(List.of(), NOW)).isEmpty();
        assertThat(limit.nextAllowedAt(two, NOW)).isEmpty();
        assertThat(limit.nextAllowedAt(three, NOW)).contains(NOW.plus(Duration.ofMinutes(20)));
    }

    @Test
    void e_mails_older_than_the_window_do_not_count() {
        List<Instant> old = List.of(NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(2)),
                NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofMinutes(5)));

        assertThat(limit.nextAllowedAt(old, NOW)).isEmpty();
    }

    @Test
    void with_more_sends_than_the_limit_the_wait_ends_when_the_window_holds_one_less_than_the_limit() {
        EmailSendingLimit one = new EmailSendingLimit(1, Duration.ofMinutes(10));
        List<Instant> sends = List.of(NOW.minus(Duration.ofMinutes(8)), NOW.minus(Duration.ofMinutes(2)));

        assertThat(one.nextAllowedAt(sends, NOW)).contains(NOW.plus(Duration.ofMinutes(8)));
    }
}
