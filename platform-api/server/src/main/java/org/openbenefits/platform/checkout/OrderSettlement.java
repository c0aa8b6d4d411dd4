package org.openbenefits.platform.checkout;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.events.OrderPaid;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.invoice.CardPayment;
import org.openbenefits.domain.invoice.InvoiceLine;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.CardBrand;
import org.openbenefits.domain.payment.StoredCard;
import org.openbenefits.platform.cart.Carts;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.invoice.InvoiceDraft;
import org.openbenefits.platform.invoice.Invoices;
import org.openbenefits.platform.order.OrderMails;
import org.openbenefits.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second step of a checkout (ADR 0013), in the caller's transaction or one of its own: a pending order becomes
 * paid (its holds posted: nothing moves in the ledger, stock held becomes sold, codes are issued, {@code order.paid}
 * goes to the outbox, the invoice takes the next number of its year), or refused or expired (its holds released: grants, stock, the advantage code's use). Each
 * starts with a conditional update from {@code PENDING_PAYMENT}, so that only one of them ever applies to an order.
 */
@Singleton
public class OrderSettlement {

    private static final Logger LOG = LoggerFactory.getLogger(OrderSettlement.class);

    private final Orders orders;
    private final Holds holds;
    private final Outbox outbox;
    private final Invoices invoices;
    private final Carts carts;
    private final Jdbc jdbc;
    private final Clock clock;
    private final OrderMails mails;

    OrderSettlement(Orders orders, Holds holds, Outbox outbox, Invoices invoices, Carts carts, Jdbc jdbc,
                    Clock clock, OrderMails mails) {
        this.mails = mails;
        this.orders = orders;
        this.holds = holds;
        this.outbox = outbox;
        this.invoices = invoices;
        this.carts = carts;
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
        OrderPaid paid = event(orderId, lines, codes, now);
        outbox.append(paid);
        mails.confirmation(orderId);
        // What was bought leaves the cart (a pending order keeps it, so that a refused payment loses nothing).
        carts.clear(paid.employeeId());
        // Last: the year's invoice counter stays locked until the commit, so paid orders never share or skip a number.
        invoices.issue(invoiceDraft(orderId));
        LOG.info("Order {} paid", orderId);
        return true;
    }

    /** The invoice of the order as it was paid: its lines, shipping, what each allowance kind and the card paid. */
    private InvoiceDraft invoiceDraft(long orderId) {
        record Head(String number, Instant createdAt, long employeeId, long shippingFee, long total, long card,
                    String brand, String lastFour, boolean posted) {
        }
        Head head = jdbc.one("""
                SELECT number, created_at, employee_id, shipping_fee_cents, total_cents, card_cents, card_brand,
                       card_last4,
                       EXISTS (SELECT 1 FROM order_line l WHERE l.order_id = o.id AND l.delivery = 'POSTAL') AS posted
                FROM customer_order o WHERE id = ?""", row -> new Head(row.getString("number"),
                Jdbc.instant(row, "created_at"), row.getLong("employee_id"), row.getLong("shipping_fee_cents"),
                row.getLong("total_cents"), row.getLong("card_cents"), row.getString("card_brand"),
                row.getString("card_last4"), row.getBoolean("posted")), orderId).orElseThrow();
        List<InvoiceLine> lines = jdbc.list("""
                SELECT title, quantity, unit_price_cents, discount_cents FROM order_line WHERE order_id = ?
                ORDER BY position""", row -> new InvoiceLine(row.getString("title"), row.getInt("quantity"),
                Money.ofCents(row.getLong("unit_price_cents")), Money.ofCents(row.getLong("discount_cents"))),
                orderId);
        Map<AllowanceKind, Money> allowances = new EnumMap<>(AllowanceKind.class);
        jdbc.list("SELECT kind, SUM(amount_cents) AS paid FROM order_payment_part WHERE order_id = ? GROUP BY kind",
                row -> allowances.put(AllowanceKind.valueOf(row.getString("kind")),
                        Money.ofCents(row.getLong("paid"))), orderId);
        Optional<CardPayment> card = head.card() > 0
                ? Optional.of(new CardPayment(CardBrand.valueOf(head.brand()), head.lastFour(),
                        Money.ofCents(head.card())))
                : Optional.empty();
        return new InvoiceDraft(orderId, OrderNumber.of(head.number()), head.createdAt(), head.employeeId(), lines,
                head.posted() ? Optional.of(Money.ofCents(head.shippingFee())) : Optional.empty(),
                Money.ofCents(head.total()), allowances, card);
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
