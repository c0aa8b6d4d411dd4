package org.openbenefits.platform.security;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.openbenefits.contract.token.AccessTokenClaims;
import org.openbenefits.contract.token.AccessTokenVerifier;
import org.reactivestreams.Publisher;

/**
 * Turns the bearer token of a request into the caller, or into nobody: the token must be one of ours
 * ({@link AccessTokenVerifier}: ES256 with a published key, issuer, audience, dates) and its account and session
 * must still allow it ({@link AccountStandings}: active, same role and employer, not signed out). A refused token
 * leaves the request anonymous, so that secured routes answer 401.
 */
@Singleton
class AccessTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final AccessTokenVerifier verifier;
    private final AccountStandings standings;
    private final ExecutorService blocking;

    AccessTokenValidator(SigningKeys keys, Clock clock, AccountStandings standings,
                         @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.verifier = new AccessTokenVerifier(keys::publicKey, clock);
        this.standings = standings;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Optional<AccessTokenClaims> claims = verifier.verify(token);
        if (claims.isEmpty()) {
            return Publishers.empty();
        }
        Optional<Boolean> recent = standings.recentVerdict(claims.get());
        if (recent.isPresent()) {
            return recent.get() ? Publishers.just(AccessTokens.authentication(claims.get())) : Publishers.empty();
        }
        // The look-up is a query: off the event loop.
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(
                () -> standings.allows(claims.get()) ? AccessTokens.authentication(claims.get()) : null, blocking));
    }
}
