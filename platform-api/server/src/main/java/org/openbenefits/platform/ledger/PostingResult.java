package org.openbenefits.platform.ledger;

import java.util.Map;

import org.openbenefits.domain.money.Money;

/** How a posting to the ledger ended. */
public sealed interface PostingResult {

    /** The movement is written; {@code accountsByOwner} holds the accounts it opened, by owner id (else empty). */
    record Posted(long movementId, Map<Long, Long> accountsByOwner) implements PostingResult {

        public Posted {
            accountsByOwner = Map.copyOf(accountsByOwner);
        }
    }

    /** Nothing was written: the account would go below zero by {@code shortfall}. */
    record Overdrawn(long accountId, Money shortfall) implements PostingResult {
    }
}
