package org.openbenefits.domain.refusal;

/**
 * A {@link Refusal} thrown out of a use case, so that its transaction rolls back: an answer, not a bug (no stack
 * trace). Its message is the code alone, never a person's data.
 */
public final class Refused extends RuntimeException {

    private final transient Refusal refusal;

    public Refused(Refusal refusal) {
        super(refusal.code().code(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
