package org.openbenefits.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of euros held as a whole number of cents. Never a {@code double}; the only rounding of the platform,
 * {@link #share}, rounds down to the cent.
 *
 * @param cents the amount in euro cents, may be negative for movements
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** Reads a decimal euro amount such as {@code "12.50"}; more than two decimals is refused, not rounded. */
    public static Money euros(String amount) {
        BigDecimal value = new BigDecimal(amount.trim());
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("An amount has at most two decimals: " + amount);
        }
        return new Money(value.movePointRight(2).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money negate() {
        return new Money(Math.negateExact(cents));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    /** The given fraction of this amount, rounded down to the cent: the one rounding rule of the platform. */
    public Money share(BigDecimal fraction) {
        return new Money(BigDecimal.valueOf(cents).multiply(fraction).setScale(0, RoundingMode.FLOOR).longValueExact());
    }

    /** The amount as a plain decimal string with two decimals, e.g. {@code "12.50"}, for files and APIs. */
    public String toDecimalString() {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /**
     * The amount as a reader of the language expects it: {@code "€1,234.50"} in English, {@link #format()} in French
     * and any other language.
     */
    public String format(String language) {
        if (!"en".equals(language)) {
            return format();
        }
        long abs = Math.abs(cents);
        return (cents < 0 ? "-" : "") + "€" + String.format(java.util.Locale.ROOT, "%,d", abs / 100) + "."
                + String.format("%02d", abs % 100);
    }

    /** The amount as a French reader expects it: {@code "1 234,50 €"} (narrow no-break spaces). */
    public String format() {
        long abs = Math.abs(cents);
        String units = String.valueOf(abs / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < units.length(); i++) {
            if (i > 0 && (units.length() - i) % 3 == 0) {
                grouped.append('\u202F');
            }
            grouped.append(units.charAt(i));
        }
        return (cents < 0 ? "-" : "") + grouped + "," + String.format("%02d", abs % 100) + "\u00A0€";
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return format();
    }
}
