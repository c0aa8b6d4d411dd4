package org.openbenefits.domain.order;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a refund needs to know of a grant that paid an order: whether it can still take money back.
 *
 * @param expires its last valid day (inclusive)
 * @param revoked whether HR revoked it
 */
public record GrantStanding(LocalDate expires, boolean revoked) {

    public GrantStanding {
        Objects.requireNonNull(expires, "expires");
    }

    /** Whether a refund on that Paris day goes back to the grant: valid that day (the last day counts), not revoked. */
    public boolean takesBackOn(LocalDate day) {
        return !revoked && !day.isAfter(expires);
    }
}
