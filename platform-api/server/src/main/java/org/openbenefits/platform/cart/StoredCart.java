package org.openbenefits.platform.cart;

import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.checkout.CartContent;
import org.openbenefits.platform.me.PostalAddress;

/**
 * An employee's cart as kept ({@link Carts}): its lines in the order they were added, the advantage code typed, and
 * this order's delivery e-mail and postal address when the employee chose other than their profile's.
 *
 * @param email   this order's delivery e-mail; null for the profile's
 * @param address this order's postal address; null for the profile's
 */
record StoredCart(List<Line> lines, Optional<String> advantageCode, @Nullable String email,
                  @Nullable PostalAddress address) {

    static final StoredCart EMPTY = new StoredCart(List.of(), Optional.empty(), null, null);

    StoredCart {
        lines = List.copyOf(lines);
    }

    /**
     * A line as kept.
     *
     * @param priceWhenAdded the offer's employee price when the line was added or its quantity last set
     */
    record Line(long offerId, int quantity, Money priceWhenAdded) {
    }

    Optional<Line> line(long offerId) {
        return lines.stream().filter(line -> line.offerId() == offerId).findFirst();
    }

    /** What checkout quotes: the lines and the code. */
    CartContent content() {
        return new CartContent(lines.stream().map(line -> new CartContent.Item(line.offerId(), line.quantity()))
                .toList(), advantageCode);
    }

    /** The content with the line of {@code offerId} set to {@code quantity}, added last when it was not there. */
    CartContent contentWith(long offerId, int quantity) {
        List<CartContent.Item> items = new java.util.ArrayList<>(content().items().stream()
                .map(item -> item.offerId() == offerId ? new CartContent.Item(offerId, quantity) : item).toList());
        if (line(offerId).isEmpty()) {
            items.add(new CartContent.Item(offerId, quantity));
        }
        return new CartContent(items, advantageCode);
    }

    @Override
    public String toString() {
        return "StoredCart[lines=" + lines + ", advantageCode=" + advantageCode + ", delivery=***]";
    }
}
