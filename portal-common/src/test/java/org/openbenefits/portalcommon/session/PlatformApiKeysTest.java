package org.openbenefits.portalcommon.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.openbenefits.contract.token.JwksApiClient;
import org.openbenefits.contract.token.SigningKeySet;

class PlatformApiKeysTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicInteger fetches = new AtomicInteger();
    private SigningKeySet published = SigningKeySet.generate(LocalDate.of(2026, 12, 3));
    private boolean apiDown;

    private final JwksApiClient api = () -> {
        fetches.incrementAndGet();
        if (apiDown) {
            throw new IllegalStateException("connection refused");
        }
        return published.publicKeys().toString();
    };
    private final PlatformApiKeys keys = new PlatformApiKeys(api, now::get);

    @Test
    void the_keys_are_fetched_once_and_kept() {
        String id = published.signingKey().getKeyID();

        assertThat(keys.forKeyId(id)).hasValueSatisfying(key -> assertThat(key.isPrivate()).isFalse());
        assertThat(keys.forKeyId(id)).isPresent();
        assertThat(fetches).hasValue(1);
    }

    @Test
    void a_key_named_for_the_first_time_is_fetched_at_once_after_a_rotation_but_made_up_ids_cannot_flood_the_api() {
        keys.forKeyId(published.signingKey().getKeyID());
        published = published.withNewKey(LocalDate.of(2026, 12, 4)).withLastKeySigning();
        String rotated = published.signingKey().getKeyID();
        advance(PlatformApiKeys.UNKNOWN_KEY_BACKOFF);

        assertThat(keys.forKeyId(rotated)).isPresent();
        for (int i = 0; i < 100; i++) {
            assertThat(keys.forKeyId("made-up-" + i)).isEmpty();
        }
        assertThat(fetches).hasValue(2);
    }

    @Test
    void a_retired_key_stops_verifying_when_the_keys_are_fetched_again() {
        String old = published.signingKey().getKeyID();
        keys.forKeyId(old);
        published = published.withNewKey(LocalDate.of(2026, 12, 4)).withLastKeySigning().withOnlySigningKey();

        advance(PlatformApiKeys.KEPT_FOR);

        assertThat(keys.forKeyId(old)).isEmpty();
        assertThat(keys.forKeyId(published.signingKey().getKeyID())).isPresent();
    }

    @Test
    void when_platform_api_cannot_be_reached_the_known_keys_go_on_working() {
        String id = published.signingKey().getKeyID();
        keys.forKeyId(id);
        apiDown = true;

        advance(PlatformApiKeys.KEPT_FOR);

        assertThat(keys.forKeyId(id)).isPresent();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void private_keys_in_the_answer_are_never_taken() {
        PlatformApiKeys careless = new PlatformApiKeys(() -> published.toPrivateJson(), now::get);

        assertThat(careless.forKeyId(published.signingKey().getKeyID())).isEmpty();
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
