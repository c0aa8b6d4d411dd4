package org.openbenefits.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openbenefits.platform.MutableClock;

class AddressRateLimitTest {

    private final MutableClock clock = new MutableClock();
    private final AddressRateLimit limit = new AddressRateLimit(new ClientAddresses(""), clock, 20, 30);

    @Test
    void twenty_requests_a_minute_pass_and_the_twenty_first_waits_for_the_next_token() {
        for (int i = 0; i < 20; i++) {
            assertThat(limit.tryTake("203.0.113.7")).isEmpty();
        }

        assertThat(limit.tryTake("203.0.113.7")).hasValue(Duration.ofSeconds(3));
    }

    @Test
    void tokens_come_back_evenly_over_the_minute() {
        for (int i = 0; i < 20; i++) {
            limit.tryTake("203.0.113.7");
        }

        clock.advance(Duration.ofSeconds(3));

        assertThat(limit.tryTake("203.0.113.7")).isEmpty();
        assertThat(limit.tryTake("203.0.113.7")).isPresent();
    }

    @Test
    void each_address_has_its_own_bucket() {
        for (int i = 0; i < 20; i++) {
            limit.tryTake("203.0.113.7");
        }

        assertThat(limit.tryTake("198.51.100.1")).isEmpty();
    }
}
