package org.openbenefits.domain.allocation;

import java.util.Objects;
import org.openbenefits.domain.money.Money;

/**
 * The part of one cart line that one grant pays.
 *
 * @param grant  the paying grant
 * @param line   the paid line
 * @param amount a positive amount
 */
public record Payment(GrantId grant, LineId line, Money amount) {

    public Payment {
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment is positive");
        }
    }
}
