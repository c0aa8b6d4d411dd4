package org.openbenefits.portalcommon.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.auth.AuthApiClient;
import org.openbenefits.contract.api.auth.RefreshRequest;
import org.openbenefits.contract.api.auth.SignInResponse;

/**
 * Renews a session whose access token has expired by spending its refresh token at platform-api.
 *
 * <p>A refresh token works once, and platform-api revokes the whole session when a spent one comes back (it
 * takes that for theft). A browser that opens several pages at once after a pause would send the same token
 * several times: this instance therefore spends each token once and hands the same new pair to every request that
 * brought it within {@link #SHARED_FOR}. (Behind a load balancer, keep a browser on one portal instance.)
 */
@Singleton
public class SessionRefresher {

    static final Duration SHARED_FOR = Duration.ofSeconds(30);

    private final AuthApiClient auth;
    private final Clock clock;
    private final Map<String, Attempt> attempts = new ConcurrentHashMap<>();

    SessionRefresher(AuthApiClient auth, Clock clock) {
        this.auth = auth;
        this.clock = clock;
    }

    private record Attempt(CompletableFuture<Optional<SignInResponse>> result, Instant startedAt) {
    }

    /** The renewed session, or empty when platform-api refuses the token (expired, revoked, account closed). */
    public Optional<SignInResponse> refresh(String refreshToken) {
        Instant now = clock.instant();
        attempts.values().removeIf(attempt -> attempt.startedAt().plus(SHARED_FOR).isBefore(now));
        Attempt mine = new Attempt(new CompletableFuture<>(), now);
        Attempt attempt = attempts.putIfAbsent(digest(refreshToken), mine);
        if (attempt == null) {
            attempt = mine;
            try {
                mine.result().complete(Optional.of(auth.refresh(new RefreshRequest(refreshToken))));
            } catch (HttpClientResponseException refused) {
                mine.result().complete(Optional.empty());
            } catch (RuntimeException unreachable) {
                // platform-api unreachable: let a later request try again rather than sign the person out.
                attempts.remove(digest(refreshToken));
                mine.result().completeExceptionally(unreachable);
                throw unreachable;
            }
        }
        try {
            return attempt.result().get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while renewing a session", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The session could not be renewed", e);
        }
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
