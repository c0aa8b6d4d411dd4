package org.openbenefits.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Token buckets by key, in this instance's memory: each key may take {@code capacity} tokens at once, which come back
 * evenly over {@code refill}. Idle keys (full buckets) are forgotten once many are tracked, so memory stays bounded.
 */
final class TokenBuckets {

    /** Above this many tracked keys, full buckets (idle keys) are forgotten. */
    private static final int TRACKED_KEYS = 10_000;

    private record Bucket(double tokens, long updatedAtMillis) {
    }

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;
    private final double capacity;
    private final double tokensPerMilli;

    TokenBuckets(Clock clock, int capacity, Duration refill) {
        this.clock = clock;
        this.capacity = capacity;
        this.tokensPerMilli = capacity / (double) refill.toMillis();
    }

    /** Takes one token for {@code key}: empty if allowed, otherwise how long until the next token. */
    Optional<Duration> tryTake(String key) {
        long now = clock.millis();
        Duration[] wait = new Duration[1];
        buckets.compute(key, (k, bucket) -> {
            double tokens = bucket == null ? capacity
                    : Math.min(capacity, bucket.tokens() + Math.max(0, now - bucket.updatedAtMillis()) * tokensPerMilli);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            wait[0] = Duration.ofMillis((long) Math.ceil((1 - tokens) / tokensPerMilli));
            return new Bucket(tokens, now);
        });
        if (buckets.size() > TRACKED_KEYS) {
            forgetIdle(now);
        }
        return Optional.ofNullable(wait[0]);
    }

    private void forgetIdle(long now) {
        buckets.entrySet().removeIf(entry ->
                entry.getValue().tokens() + (now - entry.getValue().updatedAtMillis()) * tokensPerMilli >= capacity);
    }
}
