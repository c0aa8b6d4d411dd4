package org.openbenefits.platform.ledger;

import io.micronaut.core.annotation.Nullable;

/**
 * What a movement is about, beside its entries.
 *
 * @param employerId the employer whose accounts it moves money between
 * @param campaignId the campaign concerned, if any
 * @param label      what people read in statements: the bank reference, the campaign's name
 * @param createdBy  the account that caused it; null for the platform itself (the expiry job)
 */
public record Movement(long employerId, MovementKind kind, @Nullable Long campaignId, String label,
                       @Nullable Long createdBy) {
}
