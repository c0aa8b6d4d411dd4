package org.openbenefits.domain.payment;

import java.util.Objects;
import org.openbenefits.domain.refusal.Refusal;

/** What to do with a checkout request given what its idempotency key holds. */
public sealed interface IdempotencyDecision<A> {

    /**
     * A first request (or the key's window is over): store {@code record} under the key, only if nothing else was
     * stored meanwhile, then run the checkout and store its answer with {@link IdempotencyRecord.Running#answered}.
     */
    record Proceed<A>(IdempotencyRecord.Running<A> record) implements IdempotencyDecision<A> {

        public Proceed {
            Objects.requireNonNull(record, "record");
        }
    }

    /** The same request again within the window: answer what the first one answered, without running anything. */
    record Replay<A>(A answer) implements IdempotencyDecision<A> {

        public Replay {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** {@code checkout.idempotency-key-reused}, or {@code checkout.in-progress} with a time to retry after. */
    record Refused<A>(Refusal refusal) implements IdempotencyDecision<A> {

        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
