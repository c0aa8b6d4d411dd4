package org.openbenefits.contract.api.allowance;

import java.time.Instant;
import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The result of the ledger consistency check: every movement's entries sum to zero, every account's kept balance
 * equals the sum of its entries, no balance is negative, and nothing is created or lost overall.
 *
 * @param consistent      true when no problem was found
 * @param movements       how many movements were checked
 * @param entries         how many entries
 * @param accounts        how many accounts
 * @param problems        each problem found, in French, naming the movement or account
 */
@Serdeable
public record LedgerCheckReport(Instant checkedAt, boolean consistent, long movements, long entries, long accounts,
                                List<String> problems) {

    public LedgerCheckReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
