package org.openbenefits.domain.payment;

import java.util.Objects;

/**
 * A card number as typed at checkout, checked ({@link CheckCard}): it exists only on its way to the gateway. It never
 * shows its digits: {@link #toString()} masks all but the last four, and the only things that leave it are its brand,
 * its last four digits and, once the gateway has tokenised it, a {@link StoredCard}. Deliberately not a record (whose
 * generated {@code toString}, {@code equals} and accessors would give the digits away) and not serialisable.
 */
public final class CardNumber {

    private final String digits;
    private final CardBrand brand;

    private CardNumber(String digits, CardBrand brand) {
        this.digits = digits;
        this.brand = brand;
    }

    /** A number whose digits {@link CheckCard} checked: length for its brand and check digit. */
    static CardNumber checked(String digits, CardBrand brand) {
        Objects.requireNonNull(brand, "brand");
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || !brand.lengths().contains(digits.length())
                || !passesLuhn(digits)) {
            throw new IllegalArgumentException("Not a checked " + brand + " card number");
        }
        return new CardNumber(digits, brand);
    }

    /** The brand the payment goes through: the number's own, or CB when the holder chose it. */
    public CardBrand brand() {
        return brand;
    }

    /** The last four digits, which the platform shows and keeps ("•••• 4242"). */
    public String lastFour() {
        return digits.substring(digits.length() - 4);
    }

    /** What the platform keeps once the gateway has given a token for this card: the token, the brand, the last four. */
    public StoredCard storedAs(CardToken token) {
        return new StoredCard(token, brand, lastFour());
    }

    /** Whether this is the card of these digits; for the simulator's test cards, without showing the digits. */
    boolean is(String otherDigits) {
        return digits.equals(otherDigits);
    }

    /** The Luhn check: doubling every second digit from the right, the digits' sum is a multiple of ten. */
    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** Every digit masked but the last four, e.g. {@code "**** **** **** 4242"}. */
    @Override
    public String toString() {
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < digits.length() - 4; i++) {
            if (i > 0 && i % 4 == 0) {
                masked.append(' ');
            }
            masked.append('*');
        }
        return masked.append(' ').append(lastFour()).toString();
    }
}
