package org.openbenefits.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An amount of euros held as a whole number of cents. Never a {@code double}. Every rounding of the platform happens
 * here, in {@link #roundDown}: always down, to the cent for shares ({@link #share}), to the whole euro where a rule is
 * published in euros ({@link #shareInWholeEuros}, the URSSAF threshold); and an amount spread over several parts
 * ({@link #spreadOver}) gives the cents its shares rounded down leave to the largest remainders.
 *
 * @param cents the amount in euro cents, may be negative for movements
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    private static final long CENTS_PER_EURO = 100;

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

    /** This amount {@code count} times (a line's unit price times its quantity); never negative count. */
    public Money times(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count is never negative: " + count);
        }
        return new Money(Math.multiplyExact(cents, count));
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

    /** The given fraction of this amount, rounded down to the cent (a share-capped subsidy's part of a line). */
    public Money share(BigDecimal fraction) {
        return roundDown(fraction, 1);
    }

    /**
     * The given fraction of this amount, rounded down to the whole euro, for amounts published in whole euros (the
     * URSSAF gift-cheque threshold: 5% of 3,925 € is 196.25 €, published as 196 €).
     */
    public Money shareInWholeEuros(BigDecimal fraction) {
        return roundDown(fraction, CENTS_PER_EURO);
    }

    /**
     * This amount split in proportion to the given weights (a discount over the lines it applies to): each share
     * rounded down to the cent, then the cents left given one by one to the shares with the largest remainders, the
     * earlier share on a tie. The shares add up to this amount exactly; a weight of zero gets nothing.
     *
     * @param weights amounts, none negative, at least one positive unless this amount is zero
     * @return one share per weight, in the weights' order
     */
    public List<Money> spreadOver(List<Money> weights) {
        if (cents < 0) {
            throw new IllegalArgumentException("Only an amount of zero or more is spread: " + this);
        }
        long total = 0;
        for (Money weight : weights) {
            if (weight.isNegative()) {
                throw new IllegalArgumentException("A weight is never negative: " + weight);
            }
            total = Math.addExact(total, weight.cents);
        }
        if (total == 0) {
            if (cents != 0) {
                throw new IllegalArgumentException("No weight to spread " + this + " over");
            }
            return weights.stream().map(weight -> ZERO).toList();
        }
        long[] shares = new long[weights.size()];
        long[] remainders = new long[weights.size()];
        long left = cents;
        for (int i = 0; i < shares.length; i++) {
            // Exact: floor(cents * weight / total) and what it leaves, over the same denominator for every share.
            long scaled = Math.multiplyExact(cents, weights.get(i).cents);
            shares[i] = scaled / total;
            remainders[i] = scaled % total;
            left -= shares[i];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < left; k++) {
            shares[byRemainder.get(k)]++;
        }
        List<Money> result = new ArrayList<>(shares.length);
        for (long share : shares) {
            result.add(new Money(share));
        }
        return List.copyOf(result);
    }

    // The one rounding rule of the platform: down (towards minus infinity), to a multiple of the unit in cents.
    private Money roundDown(BigDecimal fraction, long unitInCents) {
        BigDecimal units = BigDecimal.valueOf(cents).multiply(fraction)
                .divide(BigDecimal.valueOf(unitInCents), 0, RoundingMode.FLOOR);
        return new Money(Math.multiplyExact(units.longValueExact(), unitInCents));
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
