package org.openbenefits.domain.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.openbenefits.domain.money.Money;

/**
 * What checkout needs to know about one allowance given to one employee: how much is left, when and on what it can
 * be spent.
 *
 * @param id         the grant's identifier
 * @param kind       the allowance kind, first key of the spending priority
 * @param balance    the remaining balance, never negative
 * @param validFrom  first valid day (inclusive), empty when valid since it was granted
 * @param expires    last valid day (inclusive)
 * @param categories the categories it may pay
 * @param maxShare   for a share-capped subsidy, the largest fraction (0 to 1) of each line it may pay
 */
public record Grant(
        GrantId id,
        AllowanceKind kind,
        Money balance,
        Optional<LocalDate> validFrom,
        LocalDate expires,
        EligibleCategories categories,
        Optional<BigDecimal> maxShare) {

    /** Spending priority: kind, then earliest expiry, then smallest id. */
    public static final Comparator<Grant> PRIORITY = Comparator.comparing(Grant::kind)
            .thenComparing(Grant::expires)
            .thenComparing(Grant::id);

    public Grant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(maxShare, "maxShare");
        if (balance.isNegative()) {
            throw new IllegalArgumentException("A grant balance is never negative: " + id);
        }
        maxShare.ifPresent(share -> {
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("A share cap lies between 0 and 1: " + id);
            }
        });
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isAfter(expires) && validFrom.map(from -> !day.isBefore(from)).orElse(true);
    }

    /** The most this grant may pay of the given line, ignoring its balance: zero when it may not pay it at all. */
    public Money capFor(CartLine line) {
        if (!isValidOn(line.date()) || !categories.allows(line.category())) {
            return Money.ZERO;
        }
        return maxShare.map(line.amount()::share).orElse(line.amount());
    }
}
