package org.openbenefits.portal.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.cart.CartLineView;
import org.openbenefits.contract.api.cart.CartView;
import org.openbenefits.contract.api.checkout.CheckoutItem;
import org.openbenefits.portal.PortalPaths;

/**
 * The cart's "Valider et payer" form: what the employee saw, sent back as it was shown. Its idempotency key is drawn
 * when the page is rendered, so that a double click or a reload of the answer sends the same key again and
 * platform-api places one order; each line's offer, quantity and the unit price shown go in hidden fields, so that a
 * price changed since is refused ({@code cart.price-changed}) rather than charged.
 *
 * @param key   the checkout's idempotency key, a random UUID
 * @param items the lines as shown
 */
public record CheckoutForm(String action, String key, List<Item> items) {

    /** Where the form posts. */
    static final String ACTION = PortalPaths.CART + "/valider";
    static final String KEY = "cle";
    static final String OFFER = "offre-";
    static final String QUANTITY = "quantite-";
    static final String PRICE = "prix-";
    /** As many lines as platform-api takes in one checkout. */
    static final int MAX_LINES = 20;

    /** A line as shown, with the names of its hidden fields. */
    public record Item(int index, long offerId, int quantity, long unitPriceCents) {

        public String offerField() {
            return OFFER + index;
        }

        public String quantityField() {
            return QUANTITY + index;
        }

        public String priceField() {
            return PRICE + index;
        }
    }

    /** The form of this cart with a new key. */
    static CheckoutForm of(CartView cart) {
        return of(cart, UUID.randomUUID().toString());
    }

    /** The form of this cart with the key given (the one already sent, while its checkout is still running). */
    static CheckoutForm of(CartView cart, String key) {
        List<Item> items = new ArrayList<>();
        for (CartLineView line : cart.lines()) {
            items.add(new Item(items.size(), line.offerId(), line.quantity(), line.unitPriceCents()));
        }
        return new CheckoutForm(ACTION, key, List.copyOf(items));
    }

    /** The key sent, if it is one the form could have carried: a UUID. */
    static Optional<String> key(Map<String, String> fields) {
        String key = fields.get(KEY);
        if (key == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(key.strip()).toString());
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /** The lines sent, in their order; empty when any is missing or not a number, or there are none or too many. */
    static Optional<List<CheckoutItem>> items(Map<String, String> fields) {
        List<CheckoutItem> items = new ArrayList<>();
        for (int index = 0; index <= MAX_LINES; index++) {
            String offer = fields.get(OFFER + index);
            if (offer == null) {
                break;
            }
            Long offerId = number(offer);
            Long quantity = number(fields.get(QUANTITY + index));
            Long price = number(fields.get(PRICE + index));
            if (offerId == null || quantity == null || price == null || quantity > 99) {
                return Optional.empty();
            }
            items.add(new CheckoutItem(offerId, quantity.intValue(), price));
        }
        return items.isEmpty() || items.size() > MAX_LINES ? Optional.empty() : Optional.of(items);
    }

    private static @Nullable Long number(@Nullable String text) {
        if (text == null || !text.strip().matches("[0-9]{1,12}")) {
            return null;
        }
        return Long.parseLong(text.strip());
    }
}
