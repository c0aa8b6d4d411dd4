package org.openbenefits.domain.invoice;

import java.util.Objects;

import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.payment.CardBrand;

/**
 * What the card paid, with what the platform keeps of the card (brand and last four digits, DESIGN 3.5).
 *
 * @param brand    the brand the payment went through
 * @param lastFour the card's last four digits
 * @param amount   the amount charged, positive
 */
public record CardPayment(CardBrand brand, String lastFour, Money amount) {

    public CardPayment {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(lastFour, "lastFour");
        Objects.requireNonNull(amount, "amount");
        if (!lastFour.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("The last four are four digits");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A card payment is positive: " + amount);
        }
    }
}
