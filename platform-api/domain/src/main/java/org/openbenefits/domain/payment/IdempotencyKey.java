package org.openbenefits.domain.payment;

import java.util.Objects;
import java.util.Optional;

/**
 * The key a client sends with each checkout (DESIGN 3.5), the same on every retry of one checkout: 8 to 255 visible
 * ASCII characters, typically a UUID. Keys are stored per employee: two employees' equal keys are unrelated.
 *
 * @param value the key as sent
 */
public record IdempotencyKey(String value) {

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("An idempotency key is 8 to 255 visible ASCII characters");
        }
    }

    /** The key sent, if it is one; the edge refuses it otherwise ({@code field.invalid-value}). */
    public static Optional<IdempotencyKey> parse(String sent) {
        return sent != null && wellFormed(sent) ? Optional.of(new IdempotencyKey(sent)) : Optional.empty();
    }

    private static boolean wellFormed(String value) {
        return value.length() >= 8 && value.length() <= 255 && value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
