package org.openbenefits.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.platform.web.ProblemException;

/**
 * Limits password guessing and e-mail flooding from one address: a token bucket per client address, in this
 * instance's memory ({@code platform.security.rate-limit.requests-per-minute}, 20 by default, refilled evenly).
 * Shared by sign-in, password reset, invitation acceptance and e-mail change. With N instances the effective limit
 * is N times higher, which is acceptable for a brake that the per-account lockout completes.
 */
@Singleton
public class AddressRateLimit {

    /** Above this many tracked addresses, full buckets (idle addresses) are forgotten. */
    private static final int TRACKED_ADDRESSES = 10_000;

    private record Bucket(double tokens, long updatedAtMillis) {
    }

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ClientAddresses addresses;
    private final Clock clock;
    private final double capacity;
    private final double tokensPerMilli;

    AddressRateLimit(ClientAddresses addresses, Clock clock,
                     @Value("${platform.security.rate-limit.requests-per-minute:20}") int requestsPerMinute) {
        if (requestsPerMinute < 1) {
            throw new IllegalStateException("platform.security.rate-limit.requests-per-minute must be at least 1");
        }
        this.addresses = addresses;
        this.clock = clock;
        this.capacity = requestsPerMinute;
        this.tokensPerMilli = requestsPerMinute / 60_000.0;
    }

    /** Counts the request against its address; refuses it with 429 {@code TOO_MANY_REQUESTS} when over the limit. */
    public void check(HttpRequest<?> request) {
        Optional<Duration> wait = tryTake(addresses.of(request));
        if (wait.isPresent()) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, ProblemCodes.TOO_MANY_REQUESTS,
                    "Trop de tentatives depuis votre connexion : patientez " + seconds(wait.get())
                            + " secondes puis réessayez.",
                    List.of(), wait.get());
        }
    }

    /** Takes one token for {@code key}: empty if allowed, otherwise how long until the next token. */
    Optional<Duration> tryTake(String key) {
        long now = clock.millis();
        Duration[] wait = new Duration[1];
        buckets.compute(key, (address, bucket) -> {
            double tokens = bucket == null ? capacity
                    : Math.min(capacity, bucket.tokens() + Math.max(0, now - bucket.updatedAtMillis()) * tokensPerMilli);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            wait[0] = Duration.ofMillis((long) Math.ceil((1 - tokens) / tokensPerMilli));
            return new Bucket(tokens, now);
        });
        if (buckets.size() > TRACKED_ADDRESSES) {
            forgetIdle(now);
        }
        return Optional.ofNullable(wait[0]);
    }

    private void forgetIdle(long now) {
        buckets.entrySet().removeIf(entry ->
                entry.getValue().tokens() + (now - entry.getValue().updatedAtMillis()) * tokensPerMilli >= capacity);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
