package org.openbenefits.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.platform.web.ProblemException;

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

    /** Counts an attempt against its address; refuses it with 429 {@code TOO_MANY_REQUESTS} when over the limit. */
    public void check(HttpRequest<?> request) {
        Optional<Duration> wait = tryTake(addresses.limitKey(request));
        if (wait.isPresent()) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, ProblemCodes.TOO_MANY_REQUESTS,
                    "Trop de tentatives depuis votre connexion : patientez " + seconds(wait.get())
                            + " secondes puis réessayez.",
                    List.of(), wait.get());
        }
    }

    /**
     * Counts a request that may send an e-mail against its address; refuses it with 429 {@code TOO_MANY_REQUESTS}
     * when over the limit, whoever the e-mail was for.
     */
    public void checkEmail(HttpRequest<?> request) {
        Optional<Duration> wait = emails.tryTake(addresses.limitKey(request));
        if (wait.isPresent()) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, ProblemCodes.TOO_MANY_REQUESTS,
                    "Trop d'e-mails demandés depuis votre connexion : patientez " + minutes(wait.get())
                            + " minute(s) puis réessayez.",
                    List.of(), wait.get());
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
