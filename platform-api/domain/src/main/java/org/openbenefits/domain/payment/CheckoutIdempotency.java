package org.openbenefits.domain.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.openbenefits.domain.refusal.Refusal;

/**
 * The idempotency rule of checkout (DESIGN 3.5; docs/domain-rules.md, "Payment"): within {@code window} (24 hours) of
 * its first request, a key sent again with the same content replays the first answer, a refusal included; with other
 * content it is refused ({@code checkout.idempotency-key-reused}); while the first request is still running it
 * answers "in progress, retry" ({@code checkout.in-progress}, retry after {@code retryAfter}). After the window the key
 * is forgotten and starts afresh. Never two orders, never two charges: the first request alone runs.
 *
 * @param window     how long a key's first answer is replayed, from its first request
 * @param retryAfter what an "in progress" answer tells the client to wait
 */
public record CheckoutIdempotency(Duration window, Duration retryAfter) {

    /** A day of replays; retry a running checkout after two seconds. */
    public static final CheckoutIdempotency DEFAULT = new CheckoutIdempotency(Duration.ofHours(24),
            Duration.ofSeconds(2));

    public CheckoutIdempotency {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (!window.isPositive() || !retryAfter.isPositive()) {
            throw new IllegalArgumentException("The window and the wait are positive");
        }
    }

    /**
     * @param key         the key the request came with
     * @param fingerprint the request's content
     * @param stored      what the key holds, if anything
     * @param now         when the request came
     */
    public <A> IdempotencyDecision<A> decide(IdempotencyKey key, CartFingerprint fingerprint,
                                             Optional<IdempotencyRecord<A>> stored, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(now, "now");
        if (stored.isEmpty() || !now.isBefore(stored.get().startedAt().plus(window))) {
            return new IdempotencyDecision.Proceed<>(new IdempotencyRecord.Running<>(key, fingerprint, now));
        }
        IdempotencyRecord<A> record = stored.get();
        if (!record.key().equals(key)) {
            throw new IllegalArgumentException("The record stored is another key's");
        }
        if (!record.fingerprint().equals(fingerprint)) {
            return new IdempotencyDecision.Refused<>(Refusal.of(PaymentRefusal.IDEMPOTENCY_KEY_REUSED));
        }
        return switch (record) {
            case IdempotencyRecord.Running<A> running -> new IdempotencyDecision.Refused<>(
                    Refusal.of(PaymentRefusal.CHECKOUT_IN_PROGRESS).retryAfter(retryAfter));
            case IdempotencyRecord.Answered<A> answered -> new IdempotencyDecision.Replay<>(answered.answer());
        };
    }
}
