package org.openbenefits.platform.checkout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an employee wants to buy, as the cart holds it or a checkout request sends it: offers and quantities in the
 * cart's order, one line per offer, and the advantage code typed, if any.
 */
public record CartContent(List<Item> items, Optional<String> advantageCode) {

    public CartContent {
        items = List.copyOf(items);
        Objects.requireNonNull(advantageCode, "advantageCode");
        if (items.stream().map(Item::offerId).distinct().count() != items.size()) {
            throw new IllegalArgumentException("A cart has one line per offer");
        }
    }

    /** One line: an offer and how many of it, at least one. */
    public record Item(long offerId, int quantity) {

        public Item {
            if (quantity < 1) {
                throw new IllegalArgumentException("A cart line has at least one item: offer " + offerId);
            }
        }
    }
}
