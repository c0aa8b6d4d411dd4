package org.openbenefits.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;

/**
 * Limits password guessing and e-mail flooding from one client address ({@link ClientAddresses#limitKey}: the
 * address, or its /64 for IPv6), with token buckets in this instance's memory:
 * <ul>
 *   <li>attempts ({@code platform.security.rate-limit.requests-per-minute}, 20 by default): sign-in, password reset,
 *   invitation acceptance, e-mail change, account deletion;</li>
 *   <li>e-mails asked for ({@code platform.security.rate-limit.emails-per-hour}, 30 by default): password-reset
 *   requests, whether or not the address typed has an account, and invitations re-sent by HR.</li>
 * </ul>
 * With N instances the effective limits are N times higher, which is acceptable for brakes that the per-account
 * lockout and the per-account e-mail limits complete.
 */
@Singleton
public class AddressRateLimit {

    private final ClientAddresses addresses;
    private final TokenBuckets attempts;
    private final TokenBuckets emails;

    AddressRateLimit(ClientAddresses addresses, Clock clock,
                     @Value("${platform.security.rate-limit.requests-per-minute:20}") int requestsPerMinute,
                     @Value("${platform.security.rate-limit.emails-per-hour:30}") int emailsPerHour) {
        if (requestsPerMinute < 1) {
            throw new IllegalStateException("platform.security.rate-limit.requests-per-minute must be at least 1");
        }
        if (emailsPerHour < 1) {
            throw new IllegalStateException("platform.security.rate-limit.emails-per-hour must be at least 1");
        }
        this.addresses = addresses;
        this.attempts = new TokenBuckets(clock, requestsPerMinute, Duration.ofMinutes(1));
        this.emails = new TokenBuckets(clock, emailsPerHour, Duration.ofHours(1));
    }

    /**
     * Counts an attempt against its address.
     *
     * @throws Refused {@code request.too-many} {seconds}, with the wait as retry-after, when over the limit
     */
    public void check(HttpRequest<?> request) {
        Optional<Duration> wait = tryTake(addresses.limitKey(request));
        if (wait.isPresent()) {
            throw Refusal.of(GeneralRefusal.TOO_MANY_REQUESTS, "seconds", seconds(wait.get()))
                    .retryAfter(wait.get()).toException();
        }
    }

    /**
     * Counts a request that may send an e-mail against its address, whoever the e-mail was for.
     *
     * @throws Refused {@code request.too-many-emails} {minutes}, with the wait as retry-after, when over the limit
     */
    public void checkEmail(HttpRequest<?> request) {
        Optional<Duration> wait = emails.tryTake(addresses.limitKey(request));
        if (wait.isPresent()) {
            throw Refusal.of(IdentityRefusal.TOO_MANY_EMAILS, "minutes", minutes(wait.get()))
                    .retryAfter(wait.get()).toException();
        }
    }

    /** Takes one attempt token for {@code key}: empty if allowed, otherwise how long until the next token. */
    Optional<Duration> tryTake(String key) {
        return attempts.tryTake(key);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    private static long minutes(Duration wait) {
        return (seconds(wait) + 59) / 60;
    }
}
