package org.openbenefits.domain.pricing;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.openbenefits.domain.allocation.EligibleCategories;
import org.openbenefits.domain.money.Money;

/**
 * An advantage code ("code avantage") as platform admins create it: what it gives, on which categories, from which
 * amount, when, how many times, and optionally for one employer's employees only.
 *
 * @param code             what the employee types, as {@link #normalise} writes it ({@code NOEL10})
 * @param benefit          a percentage, an amount or free shipping
 * @param categories       the categories of the lines it covers; any category when it names none
 * @param minimum          what its lines must add up to at least, zero for no minimum
 * @param validFrom        its first valid day (inclusive), empty when valid from its creation
 * @param expires          its last valid day (inclusive), empty when it never expires
 * @param totalLimit       how many orders may use it in all, empty for no limit
 * @param perEmployeeLimit how many orders of one employee may use it, empty for no limit
 * @param employer         the one employer whose employees may use it, empty for every employer
 */
public record AdvantageCode(
        String code,
        Benefit benefit,
        EligibleCategories categories,
        Money minimum,
        Optional<LocalDate> validFrom,
        Optional<LocalDate> expires,
        OptionalInt totalLimit,
        OptionalInt perEmployeeLimit,
        OptionalLong employer) {

    public AdvantageCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(totalLimit, "totalLimit");
        Objects.requireNonNull(perEmployeeLimit, "perEmployeeLimit");
        Objects.requireNonNull(employer, "employer");
        if (code.isBlank() || !code.equals(normalise(code))) {
            throw new IllegalArgumentException("A code is written as normalise() writes it: " + code);
        }
        if (minimum.isNegative()) {
            throw new IllegalArgumentException("A minimum is never negative: " + code);
        }
        if (validFrom.isPresent() && expires.isPresent() && expires.get().isBefore(validFrom.get())) {
            throw new IllegalArgumentException("A code's last valid day is not before its first: " + code);
        }
        if (totalLimit.orElse(1) < 1 || perEmployeeLimit.orElse(1) < 1) {
            throw new IllegalArgumentException("A use limit is at least one: " + code);
        }
    }

    /**
     * A code for every employer, every day and any number of uses, on the given categories, without minimum: what the
     * conformance vectors describe; {@link #withMinimum} and the record's constructor say more.
     */
    public static AdvantageCode of(String code, Benefit benefit, EligibleCategories categories) {
        return new AdvantageCode(normalise(code), benefit, categories, Money.ZERO, Optional.empty(), Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty());
    }

    public AdvantageCode withMinimum(Money newMinimum) {
        return new AdvantageCode(code, benefit, categories, newMinimum, validFrom, expires, totalLimit,
                perEmployeeLimit, employer);
    }

    /**
     * A code as typed, the way codes are stored and compared: without surrounding spaces, in capitals ({@code " noel10"}
     * is {@code NOEL10}).
     */
    public static String normalise(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the line's category is one the code covers. */
    public boolean covers(CartItem item) {
        return categories.allows(item.category());
    }
}
