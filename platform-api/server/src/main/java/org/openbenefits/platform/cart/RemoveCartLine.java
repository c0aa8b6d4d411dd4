package org.openbenefits.platform.cart;

import java.time.Clock;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** The employee takes an offer out of their cart; taking out one that is not there changes nothing. */
@Singleton
class RemoveCartLine {

    private final Carts carts;
    private final Clock clock;

    RemoveCartLine(Carts carts, Clock clock) {
        this.carts = carts;
        this.clock = clock;
    }

    /** Whether the cart held that offer. */
    @Transactional
    boolean remove(long employeeId, long offerId) {
        return carts.removeLine(employeeId, offerId, clock.instant());
    }
}
