package org.openbenefits.domain.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * What is stored under an idempotency key: its first request, still running or answered.
 *
 * @param <A> the answer checkout gives (an order placed, a payment to complete, or a refusal)
 */
public sealed interface IdempotencyRecord<A> {

    IdempotencyKey key();

    CartFingerprint fingerprint();

    /** When the first request with the key started: the replay window counts from it. */
    Instant startedAt();

    /** The first request is still running. */
    record Running<A>(IdempotencyKey key, CartFingerprint fingerprint, Instant startedAt)
            implements IdempotencyRecord<A> {

        public Running {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(startedAt, "startedAt");
        }

        /** The record once the first request has its answer, which later requests replay. */
        public Answered<A> answered(A answer) {
            return new Answered<>(key, fingerprint, startedAt, answer);
        }
    }

    /** The first request answered this, a refusal included. */
    record Answered<A>(IdempotencyKey key, CartFingerprint fingerprint, Instant startedAt, A answer)
            implements IdempotencyRecord<A> {

        public Answered {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(answer, "answer");
        }
    }
}
