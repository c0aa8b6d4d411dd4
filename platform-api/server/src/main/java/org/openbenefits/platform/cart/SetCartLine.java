package org.openbenefits.platform.cart;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.cart.CartRules;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.checkout.QuoteCart;
import org.openbenefits.platform.checkout.QuotedLine;

/**
 * The employee puts an offer in their cart with a quantity, or sets the quantity of its line; the line's price when
 * added is taken anew. The cart with that line is quoted as checkout would quote it: an offer the employee may not
 * see is not found, and the line's problem (sold out, above stock, above the maximum per order) refuses it. Nothing
 * is written when it is refused.
 */
@Singleton
class SetCartLine {

    /** How it ended. */
    sealed interface Result {
    }

    record Saved() implements Result {
    }

    /** No such offer, not published, or not open to the employee's employer. */
    record OfferNotFound() implements Result {
    }

    /** The quantity or the cart breaks a rule: a field's ({@code quantity}, {@code offerId}) or the line's problem. */
    record Refused(Refusal refusal) implements Result {
    }

    private final Carts carts;
    private final QuoteCart quotes;
    private final Clock clock;

    SetCartLine(Carts carts, QuoteCart quotes, Clock clock) {
        this.carts = carts;
        this.quotes = quotes;
        this.clock = clock;
    }

    @Transactional
    Result set(long employerId, long employeeId, long offerId, Integer quantity) {
        Optional<FieldRefusal> wrongQuantity = CartRules.quantity(quantity);
        if (wrongQuantity.isPresent()) {
            return new Refused(Refusal.invalid(java.util.List.of(wrongQuantity.get())));
        }
        Instant now = clock.instant();
        carts.lock(employeeId, now);
        StoredCart cart = carts.of(employeeId);
        Optional<FieldRefusal> noRoom = CartRules.room(cart.lines().size(), cart.line(offerId).isPresent());
        if (noRoom.isPresent()) {
            return new Refused(Refusal.invalid(java.util.List.of(noRoom.get())));
        }
        Optional<QuotedLine> line = quotes.quote(employerId, employeeId, cart.contentWith(offerId, quantity)).lines()
                .stream().filter(quoted -> quoted.offerId() == offerId).findFirst();
        if (line.isEmpty()) {
            return new OfferNotFound();
        }
        if (line.get().problem().isPresent()) {
            return new Refused(line.get().problem().get());
        }
        carts.putLine(employeeId, offerId, quantity, line.get().unitPrice(), now);
        return new Saved();
    }
}
