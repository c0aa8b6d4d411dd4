package org.openbenefits.domain.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openbenefits.domain.money.Money;

/**
 * The entries of one ledger movement: signed amounts on accounts that sum to zero, so that money only ever moves
 * from one account to another and is never created or lost (docs/domain-rules.md, "The ledger"). Built only when the
 * rule holds.
 *
 * @param legs one signed amount per account, at least two, none zero
 */
public record Posting(List<Leg> legs) {

    /**
     * One account's side of a movement.
     *
     * @param accountId the ledger account
     * @param amount    signed: positive credits the account, negative debits it
     */
    public record Leg(long accountId, Money amount) {

        public Leg {
            Objects.requireNonNull(amount, "amount");
        }
    }

    public Posting {
        legs = List.copyOf(legs);
        if (legs.size() < 2) {
            throw new IllegalArgumentException("A movement moves money between at least two accounts");
        }
        Set<Long> accounts = new HashSet<>();
        long sum = 0;
        for (Leg leg : legs) {
            if (leg.amount().isZero()) {
                throw new IllegalArgumentException("A movement has no zero entry: account " + leg.accountId());
            }
            if (!accounts.add(leg.accountId())) {
                throw new IllegalArgumentException("One entry per account in a movement: " + leg.accountId());
            }
            sum = Math.addExact(sum, leg.amount().cents());
        }
        if (sum != 0) {
            throw new IllegalArgumentException("The entries of a movement sum to zero, not " + Money.ofCents(sum));
        }
    }

    /** Moves {@code amount} (positive) from one account to another. */
    public static Posting transfer(long fromAccountId, long toAccountId, Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A transfer moves a positive amount, not " + amount);
        }
        return new Posting(List.of(new Leg(fromAccountId, amount.negate()), new Leg(toAccountId, amount)));
    }
}
