package org.openbenefits.domain.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import org.openbenefits.domain.money.Money;

/** What an advantage code gives: a percentage off, an amount off, or free shipping. */
public sealed interface Benefit {

    /**
     * A percentage of the lines the code covers, rounded down to the cent.
     *
     * @param percent more than 0, at most 100 (decimals allowed: 12.5)
     */
    record PercentOff(BigDecimal percent) implements Benefit {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        public PercentOff {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("A percentage lies above 0 and at most 100: " + percent);
            }
        }

        public static PercentOff of(long percent) {
            return new PercentOff(BigDecimal.valueOf(percent));
        }

        /** This percentage of the amount, rounded down to the cent. */
        Money appliedTo(Money amount) {
            return amount.share(percent.movePointLeft(2));
        }
    }

    /**
     * An amount off the lines the code covers, at most their total.
     *
     * @param amount more than zero
     */
    record AmountOff(Money amount) implements Benefit {

        public AmountOff {
            Objects.requireNonNull(amount, "amount");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("An amount off is more than zero: " + amount);
            }
        }
    }

    /** No shipping fee; the lines keep their prices. */
    record FreeShipping() implements Benefit {
    }
}
