package org.openbenefits.platform.cart;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.cart.CartRules;
import org.openbenefits.domain.refusal.FieldRefusal;

/**
 * The employee types an advantage code in their cart, or takes it away (null). A code written as codes are is kept
 * whether it applies or not: the cart, quoted, says why it does not; one that cannot be a code is refused.
 */
@Singleton
class EnterAdvantageCode {

    private final Carts carts;
    private final Clock clock;

    EnterAdvantageCode(Carts carts, Clock clock) {
        this.carts = carts;
        this.clock = clock;
    }

    /** The field's refusal when the code cannot be one; empty when kept. */
    @Transactional
    Optional<FieldRefusal> enter(long employeeId, @Nullable String typed) {
        Instant now = clock.instant();
        if (typed == null) {
            carts.lock(employeeId, now);
            carts.setAdvantageCode(employeeId, null, now);
            return Optional.empty();
        }
        return switch (CartRules.code(typed)) {
            case CartRules.CodeEntry.Refused refused -> Optional.of(refused.refusal());
            case CartRules.CodeEntry.Written written -> {
                carts.lock(employeeId, now);
                carts.setAdvantageCode(employeeId, written.code(), now);
                yield Optional.empty();
            }
        };
    }
}
