package org.openbenefits.platform.checkout;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.events.OrderPaid;
import org.openbenefits.domain.payment.StoredCard;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.order.OrderMails;
import org.openbenefits.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second step of a checkout (ADR 0013), in the caller's transaction or one of its own: a pending order becomes
 * paid (its holds posted: nothing moves in the ledger, stock held becomes sold, codes are issued, {@code order.paid}
 * goes to the outbox), or refused or expired (its holds released: grants, stock, the advantage code's use). Each
 * starts with a conditional update from {@code PENDING_PAYMENT}, so that only one of them ever applies to an order.
 */
@Singleton
public class OrderSettlement {

    private static final Logger LOG = LoggerFactory.getLogger(OrderSettlement.class);

    private final Orders orders;
    private final Holds holds;
    private final Outbox outbox;
    private final Jdbc jdbc;
    private final Clock clock;
    private final OrderMails mails;

    OrderSettlement(Orders orders, Holds holds, Outbox outbox, Jdbc jdbc, Clock clock, OrderMails mails) {
        this.mails = mails;
        this.orders = orders;
        this.holds = holds;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Marks the pending order paid and posts its holds; false when it was not pending any more (nothing changed). */
    @Transactional
    public boolean pay(long orderId, Optional<StoredCard> card) {
        Instant now = clock.instant();
        if (!orders.markPaid(orderId, card, now)) {
            return false;
        }
        List<Orders.HeldLine> lines = orders.lines(orderId);
        Map<Long, List<Long>> codes = holds.sellStock(orderId, lines, now);
        outbox.append(event(orderId, lines, codes, now));
        mails.confirmation(orderId);
        LOG.info("Order {} paid", orderId);
        return true;
    }

    /**
     * Ends the pending order, refused or expired with the code of why, and releases its holds; false when it was not
     * pending any more (nothing changed).
     */
    @Transactional
    public boolean release(long orderId, Orders.Status status, String code, Long by) {
        Optional<Orders.Pending> found = orders.lock(orderId);
        if (found.isEmpty() || !orders.end(orderId, status, code, clock.instant())) {
            return false;
        }
        Orders.Pending order = found.get();
        holds.releaseStock(orderId, orders.lines(orderId));
        holds.releaseGrants(order, orders.grantTotals(orderId), by);
        if (order.advantageCodeId() != null) {
            jdbc.update("DELETE FROM advantage_code_use WHERE code_id = ? AND order_id = ?", order.advantageCodeId(),
                    orderId);
        }
        LOG.info("Order {} {}: holds released ({})", orderId, status, code);
        return true;
    }

    /** The card part of the paid order was captured. */
    @Transactional
    public void captured(long orderId) {
        orders.markCaptured(orderId, clock.instant());
    }

    private OrderPaid event(long orderId, List<Orders.HeldLine> lines, Map<Long, List<Long>> codes, Instant now) {
        record Head(String number, long employerId, long employeeId, long total, long card, String email,
                    String line1, String line2, String postalCode, String city, String country, LocalDate shipBy) {
        }
        Head head = jdbc.one("""
                SELECT number, employer_id, employee_id, total_cents, card_cents, delivery_email, postal_line1,
                       postal_line2, postal_code, postal_city, postal_country, ship_by
                FROM customer_order WHERE id = ?""", row -> new Head(row.getString("number"),
                row.getLong("employer_id"), row.getLong("employee_id"), row.getLong("total_cents"),
                row.getLong("card_cents"), row.getString("delivery_email"), row.getString("postal_line1"),
                row.getString("postal_line2"), row.getString("postal_code"), row.getString("postal_city"),
                row.getString("postal_country"), row.getObject("ship_by", LocalDate.class)), orderId).orElseThrow();
        OrderPaid.Address address = head.line1() == null ? null : new OrderPaid.Address(head.line1(), head.line2(),
                head.postalCode(), head.city(), head.country());
        List<OrderPaid.Line> eventLines = lines.stream()
                .map(line -> new OrderPaid.Line(line.lineId(), line.offerId(), line.title(), line.delivery(),
                        line.quantity(), line.net().cents(), codes.getOrDefault(line.lineId(), List.of())))
                .toList();
        return new OrderPaid(orderId, head.number(), head.employerId(), head.employeeId(), now, head.total(),
                head.card(), head.email(), address, head.shipBy(), eventLines);
    }
}
