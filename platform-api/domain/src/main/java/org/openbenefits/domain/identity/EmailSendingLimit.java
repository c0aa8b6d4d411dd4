package org.openbenefits.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * At most {@code max} e-mails of one kind (password reset, invitation) to one account within any {@code per} window,
 * so that nobody floods a person's mailbox through the platform. Time is passed in.
 *
 * @param max how many e-mails a window holds
 * @param per the length of the sliding window
 */
public record EmailSendingLimit(int max, Duration per) {

    /** Three e-mails an hour. */
    public static final EmailSendingLimit DEFAULT = new EmailSendingLimit(3, Duration.ofHours(1));

    public EmailSendingLimit {
        if (max < 1) {
            throw new IllegalArgumentException("At least one e-mail per window");
        }
        Objects.requireNonNull(per);
        if (per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("The window lasts a positive time");
        }
    }

    /**
     * When one more e-mail may go, given when the earlier ones went: empty if it may go at {@code now}, otherwise the
     * instant when the oldest e-mail that fills the window leaves it.
     *
     * @param earlier when earlier e-mails of this kind went to this account, in any order (older ones are ignored)
     */
    public Optional<Instant> nextAllowedAt(List<Instant> earlier, Instant now) {
        Instant windowStart = now.minus(per);
        List<Instant> inWindow = earlier.stream().filter(sent -> sent.isAfter(windowStart)).sorted().toList();
        if (inWindow.size() < max) {
            return Optional.empty();
        }
        return Optional.of(inWindow.get(inWindow.size() - max).plus(per));
    }
}
