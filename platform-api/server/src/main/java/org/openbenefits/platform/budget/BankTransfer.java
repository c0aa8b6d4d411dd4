package org.openbenefits.platform.budget;

import io.micronaut.core.annotation.Nullable;

/**
 * HR's word that a bank transfer was made to fund the budget, before any check: what {@link RecordTopUp} takes.
 *
 * @param amountCents   the transfer's amount in euro cents
 * @param bankReference the transfer's reference as the bank statement shows it
 */
public record BankTransfer(long amountCents, @Nullable String bankReference) {
}
