package org.openbenefits.platform.ledger;

import java.time.Instant;
import java.util.List;

import org.openbenefits.domain.money.Money;

/**
 * What the ledger's consistency check found ({@link CheckLedger}), over one snapshot of the whole ledger.
 *
 * @param movements how many movements were checked
 * @param entries   how many entries
 * @param accounts  how many accounts
 * @param problems  what is wrong, at most a few dozen of each kind; none when the ledger is consistent
 */
public record LedgerCheck(Instant checkedAt, long movements, long entries, long accounts, List<Problem> problems) {

    public LedgerCheck {
        problems = List.copyOf(problems);
    }

    public boolean consistent() {
        return problems.isEmpty();
    }

    /** One thing wrong in the ledger. */
    public sealed interface Problem {
    }

    /** A movement whose entries add up to {@code total} instead of zero. */
    public record UnbalancedMovement(long movementId, Money total) implements Problem {
    }

    /** A movement without any entry. */
    public record MovementWithoutEntries(long movementId) implements Problem {
    }

    /** An account whose kept balance is not the sum of its entries. */
    public record BalanceNotItsEntries(long accountId, Money kept, Money entries) implements Problem {
    }

    /** An account below zero that may not be (all but external funding). */
    public record NegativeBalance(long accountId, String type, Money balance) implements Problem {
    }

    /** An employer whose accounts add up to {@code total} instead of zero: money created or lost. */
    public record EmployerNotBalanced(long employerId, Money total) implements Problem {
    }

    /** All accounts together add up to {@code total} instead of zero: money created or lost. */
    public record LedgerNotBalanced(Money total) implements Problem {
    }
}
