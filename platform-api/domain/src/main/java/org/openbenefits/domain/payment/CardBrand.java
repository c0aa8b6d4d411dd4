package org.openbenefits.domain.payment;

import java.util.List;
import java.util.Optional;

/**
 * The card networks the platform takes. Visa and Mastercard are told by the number's first digits; CB (Cartes
 * Bancaires) cards are co-badged and carry a Visa or Mastercard number, so CB is never told by the number: the holder
 * chooses it on such a card ({@link CheckCard}), as European rules let them.
 */
public enum CardBrand {
    CB(List.of(13, 16, 19)),
    VISA(List.of(13, 16, 19)),
    MASTERCARD(List.of(16));

    private final List<Integer> lengths;

    CardBrand(List<Integer> lengths) {
        this.lengths = lengths;
    }

    /** The numbers of digits a card number of this brand may have. */
    public List<Integer> lengths() {
        return lengths;
    }

    /** The international brand of a number by its first digits: 4 is Visa, 51-55 and 2221-2720 Mastercard. */
    static Optional<CardBrand> detect(String digits) {
        if (digits.startsWith("4")) {
            return Optional.of(VISA);
        }
        if (digits.length() >= 2) {
            int two = Integer.parseInt(digits.substring(0, 2));
            if (two >= 51 && two <= 55) {
                return Optional.of(MASTERCARD);
            }
        }
        if (digits.length() >= 4) {
            int four = Integer.parseInt(digits.substring(0, 4));
            if (four >= 2221 && four <= 2720) {
                return Optional.of(MASTERCARD);
            }
        }
        return Optional.empty();
    }
}
