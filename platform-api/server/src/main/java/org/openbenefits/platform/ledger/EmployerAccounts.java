package org.openbenefits.platform.ledger;

/** The two ledger accounts every employer has: where its money comes from, and its budget. */
public record EmployerAccounts(long externalFundingId, long budgetId) {
}
