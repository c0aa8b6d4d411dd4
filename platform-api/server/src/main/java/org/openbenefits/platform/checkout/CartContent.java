package org.openbenefits.platform.checkout;

import java.util.List;
import java.util.Optional;

/** TEMPORARY copy of the lead's shared signature (shared-api.md); replaced by main's on merge. */
public record CartContent(List<CartContent.Item> items, Optional<String> advantageCode) {

    public record Item(long offerId, int quantity) {
    }
}
