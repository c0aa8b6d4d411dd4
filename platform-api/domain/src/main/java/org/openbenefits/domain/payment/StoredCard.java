package org.openbenefits.domain.payment;

import java.util.Objects;

/**
 * All the platform keeps of a card (DESIGN 3.5): the gateway's token, the brand and the last four digits. Never the
 * number nor the security code.
 *
 * @param token    the gateway's token
 * @param brand    the brand the payment went through
 * @param lastFour the last four digits
 */
public record StoredCard(CardToken token, CardBrand brand, String lastFour) {

    public StoredCard {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(lastFour, "lastFour");
        if (!lastFour.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("The last four are four digits");
        }
    }
}
