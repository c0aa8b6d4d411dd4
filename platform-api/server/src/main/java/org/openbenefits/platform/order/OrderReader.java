package org.openbenefits.platform.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.order.OrderDetail;
import org.openbenefits.contract.api.order.OrderLineView;
import org.openbenefits.contract.api.order.OrderPage;
import org.openbenefits.contract.api.order.OrderShipping;
import org.openbenefits.contract.api.order.OrderSummary;
import org.openbenefits.contract.api.order.PaidPart;
import org.openbenefits.domain.order.LineState;
import org.openbenefits.domain.order.OrderStatus;
import org.openbenefits.domain.payment.PaymentAttempts;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * The employee's own orders, newest first, and one of them whole: its lines with their states and what paid each,
 * the shipping fee and what paid it, where it goes, and where its payment stands. A paid order's status is derived
 * from its lines' states ({@link OrderStatus}); before that, it is its payment's.
 */
@Singleton
public class OrderReader {

    private final Jdbc jdbc;

    OrderReader(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public OrderPage page(long employeeId, int page, int size) {
        long total = jdbc.number("SELECT COUNT(*) FROM customer_order WHERE employee_id = ?", employeeId);
        List<Long> ids = new ArrayList<>();
        List<OrderSummary> items = jdbc.list("""
                SELECT id, number, created_at, status, total_cents FROM customer_order WHERE employee_id = ?
                ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?""", row -> {
            ids.add(row.getLong("id"));
            return new OrderSummary(row.getLong("id"), row.getString("number"), Jdbc.instant(row, "created_at"),
                    row.getString("status"), row.getLong("total_cents"));
        }, employeeId, size, (long) page * size);
        Map<Long, String> derived = derivedStatuses(ids);
        List<OrderSummary> shown = items.stream().map(item -> derived.containsKey(item.id())
                ? new OrderSummary(item.id(), item.number(), item.createdAt(), derived.get(item.id()),
                item.totalCents()) : item).toList();
        return new OrderPage(shown, page, size, total);
    }

    @Transactional(readOnly = true)
    public Optional<OrderDetail> order(long employeeId, long orderId) {
        Optional<Head> found = jdbc.one("SELECT * FROM customer_order WHERE id = ? AND employee_id = ?",
                OrderReader::head, orderId, employeeId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Head head = found.get();
        Map<Long, List<PaidPart>> partsByLine = new HashMap<>();
        List<PaidPart> shippingParts = new ArrayList<>();
        jdbc.list("""
                SELECT order_line_id, kind, campaign_name, amount_cents FROM order_payment_part WHERE order_id = ?
                ORDER BY id""", row -> {
            PaidPart part = new PaidPart(row.getString("kind"), row.getString("campaign_name"),
                    row.getLong("amount_cents"));
            Long line = Jdbc.nullableLong(row, "order_line_id");
            if (line == null) {
                shippingParts.add(part);
            } else {
                partsByLine.computeIfAbsent(line, id -> new ArrayList<>()).add(part);
            }
            return null;
        }, orderId);
        List<OrderLineView> lines = jdbc.list("""
                SELECT id, offer_id, title, category, delivery, quantity, unit_price_cents, gross_cents,
                       discount_cents, net_cents, state, card_cents
                FROM order_line WHERE order_id = ? ORDER BY position""",
                row -> new OrderLineView(row.getLong("id"), row.getLong("offer_id"), row.getString("title"), row.getString("category"),
                        row.getString("delivery"), row.getInt("quantity"), row.getLong("unit_price_cents"),
                        row.getLong("gross_cents"), row.getLong("discount_cents"), row.getLong("net_cents"),
                        row.getString("state"), partsByLine.getOrDefault(row.getLong("id"), List.of()),
                        row.getLong("card_cents")), orderId);
        record Attempt(String outcome, String hostedPage) {
        }
        List<Attempt> attempts = jdbc.list("SELECT outcome, hosted_page FROM payment_attempt WHERE order_id = ? "
                + "ORDER BY id", row -> new Attempt(row.getString("outcome"), row.getString("hosted_page")), orderId);
        int failed = (int) attempts.stream().filter(attempt -> "FAILED".equals(attempt.outcome())).count();
        boolean pending = "PENDING_PAYMENT".equals(head.status());
        String paymentUrl = pending ? attempts.stream().filter(attempt -> "STARTED".equals(attempt.outcome()))
                .map(Attempt::hostedPage).reduce((first, last) -> last).orElse(null) : null;
        String status = "PAID".equals(head.status())
                ? OrderStatus.of(lines.stream().map(line -> LineState.valueOf(line.state())).toList()).name()
                : head.status();
        OrderShipping shipping = head.shippingFee() > 0
                ? new OrderShipping(head.shippingFee(), shippingParts, head.shippingCard()) : null;
        ProfileAddress address = head.line1() == null ? null
                : new ProfileAddress(head.line1(), head.line2(), head.postalCode(), head.city(), head.country());
        int attemptsLeft = "PAID".equals(head.status()) ? 0
                : Math.max(0, PaymentAttempts.DEFAULT.limit() - failed);
        return Optional.of(new OrderDetail(head.id(), head.number(), head.createdAt(), head.paidAt(), status,
                head.status(), lines, shipping, head.gross(), head.discount(), head.total(), head.allowances(),
                head.card(), head.deliveryEmail(), address, head.shipBy(), attemptsLeft, paymentUrl,
                pending ? head.holdExpiresAt() : null, head.cardBrand(), head.cardLast4(), head.endCode()));
    }

    private record Head(long id, String number, String status, Instant createdAt, Instant paidAt, long gross,
                        long discount, long shippingFee, long shippingCard, long total, long allowances, long card,
                        String deliveryEmail, String line1, String line2, String postalCode, String city,
                        String country, LocalDate shipBy, Instant holdExpiresAt, String cardBrand, String cardLast4,
                        String endCode) {
    }

    private static Head head(ResultSet row) throws SQLException {
        return new Head(row.getLong("id"), row.getString("number"), row.getString("status"),
                Jdbc.instant(row, "created_at"), Jdbc.instant(row, "paid_at"), row.getLong("gross_cents"),
                row.getLong("discount_cents"), row.getLong("shipping_fee_cents"), row.getLong("shipping_card_cents"),
                row.getLong("total_cents"), row.getLong("allowances_cents"), row.getLong("card_cents"),
                row.getString("delivery_email"), row.getString("postal_line1"), row.getString("postal_line2"),
                row.getString("postal_code"), row.getString("postal_city"), row.getString("postal_country"),
                row.getObject("ship_by", LocalDate.class), Jdbc.instant(row, "hold_expires_at"),
                row.getString("card_brand"), row.getString("card_last4"), row.getString("end_code"));
    }

    /** The status of each paid order among these, derived from its lines' states. */
    private Map<Long, String> derivedStatuses(List<Long> ids) {
        Map<Long, String> derived = new HashMap<>();
        if (ids.isEmpty()) {
            return derived;
        }
        Map<Long, List<LineState>> states = new HashMap<>();
        jdbc.list("SELECT l.order_id, l.state FROM order_line l JOIN customer_order o ON o.id = l.order_id "
                        + "WHERE o.status = 'PAID' AND l.order_id IN (" + String.join(", ",
                        java.util.Collections.nCopies(ids.size(), "?")) + ")",
                row -> states.computeIfAbsent(row.getLong("order_id"), id -> new ArrayList<>())
                        .add(LineState.valueOf(row.getString("state"))), ids.toArray());
        states.forEach((id, lineStates) -> derived.put(id, OrderStatus.of(lineStates).name()));
        return derived;
    }
}
