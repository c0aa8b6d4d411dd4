package org.openbenefits.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a signed-in person (or whoever holds their session and password) from flooding a mailbox with sign-in
 * address confirmations: at most {@code mailsPerWindow} confirmation e-mails per account within any {@code window}
 * (a sliding window, so that no burst fits across its edge). Time is always passed in.
 *
 * @param mailsPerWindow confirmation e-mails allowed within one window
 * @param window         the length of the window
 */
public record EmailChangeLimit(int mailsPerWindow, Duration window) {

    /** Three confirmation e-mails per hour. */
    public static final EmailChangeLimit DEFAULT = new EmailChangeLimit(3, Duration.ofHours(1));

    public EmailChangeLimit {
        if (mailsPerWindow < 1) {
            throw new IllegalArgumentException("At least one confirmation e-mail must be allowed per window");
        }
        Objects.requireNonNull(window);
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The window lasts a positive time");
        }
    }

    /** The oldest send that still counts at {@code now}: sends at or before this instant are forgotten. */
    public Instant countsAfter(Instant now) {
        return now.minus(window);
    }

    /**
     * Whether one more e-mail may leave at {@code now}: empty if so, otherwise the instant from which it may.
     *
     * @param sentAt when the account's earlier confirmation e-mails left, in any order; older ones are ignored
     */
    public Optional<Instant> nextAllowedAt(Collection<Instant> sentAt, Instant now) {
        Instant horizon = countsAfter(now);
        List<Instant> counted = sentAt.stream().filter(sent -> sent.isAfter(horizon)).sorted().toList();
        if (counted.size() < mailsPerWindow) {
            return Optional.empty();
        }
        // The window must slide past enough sends to leave room for one more.
        return Optional.of(counted.get(counted.size() - mailsPerWindow).plus(window));
    }
}
