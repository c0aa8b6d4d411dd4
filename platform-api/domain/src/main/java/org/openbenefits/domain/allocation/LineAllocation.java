package org.openbenefits.domain.allocation;

import java.util.List;
import java.util.Objects;
import org.openbenefits.domain.money.Money;

/**
 * How one cart line is paid: by which grants, and what is left to the card.
 *
 * @param line     the cart line
 * @param payments what each grant pays of it, in grant priority order
 * @param card     what the bank card pays of it
 */
public record LineAllocation(CartLine line, List<Payment> payments, Money card) {

    public LineAllocation {
        Objects.requireNonNull(line, "line");
        payments = List.copyOf(payments);
        Objects.requireNonNull(card, "card");
    }

    public Money allowances() {
        return payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
    }
}
