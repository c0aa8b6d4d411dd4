package org.openbenefits.domain.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The month a card is valid until, as printed on it (MM/YY): valid to the last day of that month.
 *
 * @param month the last month of validity
 */
public record CardExpiry(YearMonth month) {

    public CardExpiry {
        Objects.requireNonNull(month, "month");
    }

    /** Whether the card can no longer pay on this day: its month is over. */
    public boolean isPastOn(LocalDate day) {
        return month.isBefore(YearMonth.from(day));
    }

    /** As printed: {@code "09/27"}. */
    @Override
    public String toString() {
        return String.format("%02d/%02d", month.getMonthValue(), month.getYear() % 100);
    }
}
