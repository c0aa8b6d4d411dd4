package org.openbenefits.contract.api.catalogue;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What an upload of e-ticket codes stored. The codes themselves are never sent back.
 *
 * @param added          codes stored by this upload
 * @param availableStock codes of the offer not yet issued, this upload included
 */
@Serdeable
public record StockCodesReport(long added, long availableStock) {
}
