package org.openbenefits.domain.allocation;

import java.time.LocalDate;
import java.util.Objects;
import org.openbenefits.domain.money.Money;

/**
 * One line of a cart as allocation sees it.
 *
 * @param id       the line's identifier
 * @param category the catalogue category code, e.g. {@code CINEMA}
 * @param amount   the line's price, never negative
 * @param date     the business day (Europe/Paris) the line is paid on, checked against grant validity
 */
public record CartLine(LineId id, String category, Money amount, LocalDate date) {

    public CartLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A line amount is never negative: " + id);
        }
    }
}
