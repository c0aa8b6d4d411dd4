package org.openbenefits.portalcommon.session;

import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.openbenefits.contract.token.JwksApiClient;
import org.openbenefits.contract.token.VerificationKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * platform-api's public token keys as this portal knows them: fetched from its JWK set on first use, fetched again
 * every {@link #KEPT_FOR} (so that retired keys stop working here too), and at once when a token names a key
 * that is not known yet (a rotation), at most every {@link #UNKNOWN_KEY_BACKOFF} so that made-up key ids cannot turn
 * the portal into a load on the API. When platform-api cannot be reached, the keys known so far go on working.
 * The portal holds no signing material.
 */
@Singleton
public class PlatformApiKeys implements VerificationKeys {

    static final Duration KEPT_FOR = Duration.ofMinutes(10);
    static final Duration UNKNOWN_KEY_BACKOFF = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(PlatformApiKeys.class);

    private final JwksApiClient api;
    private final LongSupplier nanoTime;
    private volatile Map<String, ECKey> keys = Map.of();
    private volatile long fetchedAtNanos;
    private volatile boolean fetched;

    @Inject
    PlatformApiKeys(JwksApiClient api) {
        this(api, System::nanoTime);
    }

    PlatformApiKeys(JwksApiClient api, LongSupplier nanoTime) {
        this.api = api;
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<ECKey> forKeyId(String keyId) {
        if (keyId == null) {
            return Optional.empty();
        }
        long now = nanoTime.getAsLong();
        if (!fetched || now - fetchedAtNanos >= KEPT_FOR.toNanos()
                || (!keys.containsKey(keyId) && now - fetchedAtNanos >= UNKNOWN_KEY_BACKOFF.toNanos())) {
            fetch(now);
        }
        return Optional.ofNullable(keys.get(keyId));
    }

    private synchronized void fetch(long askedAtNanos) {
        if (fetched && fetchedAtNanos - askedAtNanos > 0) {
            return; // another request fetched them while this one waited
        }
        try {
            keys = JWKSet.parse(api.jwks()).getKeys().stream()
                    .filter(key -> key instanceof ECKey && !key.isPrivate() && key.getKeyID() != null)
                    .map(JWK::toECKey)
                    .collect(Collectors.toUnmodifiableMap(ECKey::getKeyID, Function.identity(), (a, b) -> a));
        } catch (ParseException | RuntimeException e) {
            LOG.warn("platform-api's token keys could not be fetched ({}); keeping the {} known key(s)",
                    e.getClass().getSimpleName(), keys.size());
        } finally {
            fetched = true;
            fetchedAtNanos = nanoTime.getAsLong();
        }
    }
}
