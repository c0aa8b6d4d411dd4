package org.openbenefits.platform.cart;

import java.time.Clock;
import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.platform.me.PostalAddress;

/**
 * The employee chooses where this order goes: a delivery e-mail and a postal address of its own, or (null) the
 * profile's, which stays as it is. Both are given each time; their syntax is checked at the edge, as the profile's.
 */
@Singleton
class ChooseCartDelivery {

    private final Carts carts;
    private final Clock clock;

    ChooseCartDelivery(Carts carts, Clock clock) {
        this.carts = carts;
        this.clock = clock;
    }

    @Transactional
    void choose(long employeeId, @Nullable String email, @Nullable PostalAddress address) {
        Instant now = clock.instant();
        carts.lock(employeeId, now);
        carts.setDelivery(employeeId, email == null || email.isBlank() ? null : EmailAddresses.normalise(email),
                address, now);
    }
}
