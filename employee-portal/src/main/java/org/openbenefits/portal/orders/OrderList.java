package org.openbenefits.portal.orders;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.order.OrderPage;
import org.openbenefits.contract.api.order.OrderSummary;
import org.openbenefits.portal.PortalPaths;

/**
 * One page of "Mes commandes" as the page shows it, newest first, every amount and label in the request's language.
 *
 * @param count    "3 commandes", "1 commande"
 * @param position "Page 2 sur 5", or null when one page holds them all
 * @param previous the address of the previous page, or null on the first
 * @param next     the address of the next page, or null on the last
 */
public record OrderList(List<Row> orders, long total, String count, @Nullable String position,
                        @Nullable String previous, @Nullable String next) {

    static final int PAGE_SIZE = 20;
    /** The page's query parameter, counted from 1 as people read it. */
    static final String PAGE = "page";

    public boolean empty() {
        return orders.isEmpty();
    }

    static OrderList of(OrderPage page, OrderWording words) {
        List<Row> rows = page.items().stream().map(order -> Row.of(order, words)).toList();
        int pages = (int) Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        String count = page.total() == 1 ? words.text("orders.count.one") : words.text("orders.count.many", page.total());
        String position = pages > 1 ? words.text("orders.paging.position", page.page() + 1, pages) : null;
        String previous = page.page() > 0 ? at(page.page() - 1) : null;
        String next = page.page() + 1 < pages ? at(page.page() + 1) : null;
        return new OrderList(rows, page.total(), count, position, previous, next);
    }

    /** The address of the list at a page (0 for the first). */
    static String at(int index) {
        return index == 0 ? PortalPaths.ORDERS : PortalPaths.ORDERS + "?" + PAGE + "=" + (index + 1);
    }

    /** The page asked for, from 0; the first for anything that is not a positive number. */
    static int pageIndex(@Nullable String page) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        try {
            return Math.clamp(Integer.parseInt(page.strip()) - 1L, 0, 100_000);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** An order in the list. */
    public record Row(long id, String href, String number, String date, String statusCode, String status,
                      String total) {

        static Row of(OrderSummary order, OrderWording words) {
            return new Row(order.id(), OrderView.href(order.id()), order.number(), words.date(order.createdAt()),
                    order.status(), words.label("orders.status.", order.status()), words.euros(order.totalCents()));
        }
    }
}
