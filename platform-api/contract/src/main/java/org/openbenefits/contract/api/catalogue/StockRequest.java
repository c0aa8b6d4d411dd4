package org.openbenefits.contract.api.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The stock of an offer counted by hand: how many units are left to sell, 0 to 1,000,000 (required: 0 is a value).
 *
 * @param count units left to sell
 */
@Serdeable
public record StockRequest(@Nullable Long count) {
}
