package org.openbenefits.platform.checkout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.StoredCard;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * The orders checkout writes (table customer_order and its lines, parts and payment attempts). Every change of an
 * order's status is a conditional update from {@code PENDING_PAYMENT} (ADR 0013): of a late answer, a duplicate
 * notification and the expiry job, only one wins. Every method runs in the caller's transaction.
 */
@Singleton
public class Orders {

    /** The statuses an order goes through; stored by name. */
    public enum Status {
        PENDING_PAYMENT, PAID, REFUSED, EXPIRED
    }

    /** A payment attempt's outcome; stored by name. */
    public enum Outcome {
        STARTED, AUTHORISED, FAILED, CANCELLED
    }

    /** An order to insert, as checkout priced and allocated it. */
    record NewOrder(long employerId, long employeeId, Money gross, Money discount, Money shippingFee, Money total,
                    Money allowances, Money card, Money shippingCard, String deliveryEmail,
                    Optional<PostalAddress> address, Optional<LocalDate> shipBy, Instant holdExpiresAt, Instant at) {
    }

    /** A postal address snapshot; never logged. */
    public record PostalAddress(String line1, @Nullable String line2, String postalCode, String city, String country) {

        @Override
        public String toString() {
            return "PostalAddress[***]";
        }
    }

    /** An order as its settlement and release need it, read locked. */
    public record Pending(long id, OrderNumber number, long employerId, long employeeId, Status status, Money card,
                          @Nullable Long ledgerAccountId, @Nullable Long advantageCodeId, Instant holdExpiresAt) {
    }

    /** A line whose stock is held (or sold) for the order. */
    public record HeldLine(long lineId, long offerId, String title, String delivery, String stockKind, int quantity,
                           Money net) {
    }

    /** A payment attempt. */
    public record Attempt(long id, String intentId, Money amount, String hostedPage, Outcome outcome,
                          @Nullable String declineReason, Instant startedAt) {
    }

    private final Jdbc jdbc;

    Orders(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the order, pending payment, and gives it its number from its id. */
    long insert(NewOrder order) {
        PostalAddress address = order.address().orElse(null);
        long id = jdbc.insert("""
                INSERT INTO customer_order (employer_id, employee_id, status, gross_cents, discount_cents,
                    shipping_fee_cents, total_cents, allowances_cents, card_cents, shipping_card_cents, delivery_email,
                    postal_line1, postal_line2, postal_code, postal_city, postal_country, ship_by, hold_expires_at,
                    created_at)
                VALUES (?, ?, 'PENDING_PAYMENT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                order.employerId(), order.employeeId(), order.gross().cents(), order.discount().cents(),
                order.shippingFee().cents(), order.total().cents(), order.allowances().cents(), order.card().cents(),
                order.shippingCard().cents(), order.deliveryEmail(),
                address == null ? null : address.line1(), address == null ? null : address.line2(),
                address == null ? null : address.postalCode(), address == null ? null : address.city(),
                address == null ? null : address.country(), order.shipBy().orElse(null), order.holdExpiresAt(),
                order.at());
        jdbc.update("UPDATE customer_order SET number = ? WHERE id = ?", number(order.at(), id).value(), id);
        return id;
    }

    /** {@code CMD-<year>-<id on at least six digits>}: unique as the id is, readable on the phone. */
    static OrderNumber number(Instant at, long id) {
        int year = at.atZone(java.time.ZoneId.of("Europe/Paris")).getYear();
        return OrderNumber.of("CMD-%d-%06d".formatted(year, id));
    }

    long insertLine(long orderId, int position, QuotedLine line, String stockKind) {
        return jdbc.insert("""
                INSERT INTO order_line (order_id, position, offer_id, title, category, delivery, stock_kind, quantity,
                    unit_price_cents, gross_cents, discount_cents, net_cents, card_cents, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PAID')""",
                orderId, position, line.offerId(), line.title(), line.category(), line.delivery().name(), stockKind,
                line.quantity(), line.unitPrice().cents(), line.priced().gross().cents(),
                line.priced().discount().cents(), line.priced().net().cents(), line.allocation().card().cents());
    }

    /** What one grant paid of a line, or of the shipping fee when {@code lineId} is null. */
    void insertParts(long orderId, @Nullable Long lineId, List<GrantPart> parts) {
        jdbc.insertRows("order_payment_part", List.of("order_id", "order_line_id", "grant_id", "kind",
                        "campaign_name", "amount_cents"),
                parts.stream().filter(part -> part.amount().isPositive())
                        .map(part -> new Object[] {orderId, lineId, part.grantId(), part.kind().name(),
                                part.campaignName(), part.amount().cents()}).toList());
    }

    void setLedgerAccount(long orderId, long accountId) {
        jdbc.update("UPDATE customer_order SET ledger_account_id = ? WHERE id = ?", accountId, orderId);
    }

    void setAdvantageCode(long orderId, long codeId) {
        jdbc.update("UPDATE customer_order SET advantage_code_id = ? WHERE id = ?", codeId, orderId);
    }

    /** The order, locked until the transaction ends. */
    public Optional<Pending> lock(long orderId) {
        return jdbc.one("""
                SELECT id, number, employer_id, employee_id, status, card_cents, ledger_account_id, advantage_code_id,
                       hold_expires_at
                FROM customer_order WHERE id = ? FOR UPDATE""", Orders::pending, orderId);
    }

    /** Pending orders past their hold time, locked, skipping those another instance is handling. */
    List<Pending> lockExpired(Instant now, int limit) {
        return jdbc.list("""
                SELECT id, number, employer_id, employee_id, status, card_cents, ledger_account_id, advantage_code_id,
                       hold_expires_at
                FROM customer_order WHERE status = 'PENDING_PAYMENT' AND hold_expires_at <= ?
                ORDER BY hold_expires_at, id LIMIT\s""" + limit + " FOR UPDATE SKIP LOCKED", Orders::pending, now);
    }

    private static Pending pending(ResultSet row) throws SQLException {
        return new Pending(row.getLong("id"), OrderNumber.of(row.getString("number")), row.getLong("employer_id"),
                row.getLong("employee_id"), Status.valueOf(row.getString("status")),
                Money.ofCents(row.getLong("card_cents")), Jdbc.nullableLong(row, "ledger_account_id"),
                Jdbc.nullableLong(row, "advantage_code_id"), Jdbc.instant(row, "hold_expires_at"));
    }

    /** Pending payment to paid; false when the order was not pending any more (nothing changed). */
    boolean markPaid(long orderId, Optional<StoredCard> card, Instant at) {
        return jdbc.update("""
                UPDATE customer_order SET status = 'PAID', paid_at = ?, card_token = ?, card_brand = ?, card_last4 = ?
                WHERE id = ? AND status = 'PENDING_PAYMENT'""", at,
                card.map(c -> c.token().value()).orElse(null), card.map(c -> c.brand().name()).orElse(null),
                card.map(StoredCard::lastFour).orElse(null), orderId) == 1;
    }

    /** Pending payment to refused or expired, with the code of why; false when the order was not pending any more. */
    boolean end(long orderId, Status status, String code, Instant at) {
        if (status != Status.REFUSED && status != Status.EXPIRED) {
            throw new IllegalArgumentException("An order ends refused or expired, not " + status);
        }
        return jdbc.update("""
                UPDATE customer_order SET status = ?, ended_at = ?, end_code = ?
                WHERE id = ? AND status = 'PENDING_PAYMENT'""", status.name(), at, code, orderId) == 1;
    }

    void markCaptured(long orderId, Instant at) {
        jdbc.update("UPDATE customer_order SET captured_at = ? WHERE id = ? AND captured_at IS NULL", at, orderId);
    }

    public List<HeldLine> lines(long orderId) {
        return jdbc.list("""
                SELECT id, offer_id, title, delivery, stock_kind, quantity, net_cents FROM order_line
                WHERE order_id = ? ORDER BY offer_id""",
                row -> new HeldLine(row.getLong("id"), row.getLong("offer_id"), row.getString("title"),
                        row.getString("delivery"), row.getString("stock_kind"), row.getInt("quantity"),
                        Money.ofCents(row.getLong("net_cents"))), orderId);
    }

    /** What each grant paid of the order in all, lines and shipping fee together, by grant id. */
    Map<Long, Money> grantTotals(long orderId) {
        Map<Long, Money> totals = new java.util.TreeMap<>();
        jdbc.list("SELECT grant_id, SUM(amount_cents) AS total FROM order_payment_part WHERE order_id = ? "
                        + "GROUP BY grant_id",
                row -> totals.put(row.getLong("grant_id"), Money.ofCents(row.getLong("total"))), orderId);
        return totals;
    }

    void insertAttempt(long orderId, String intentId, Money amount, String hostedPage, Instant at) {
        jdbc.update("""
                INSERT INTO payment_attempt (order_id, intent_id, amount_cents, hosted_page, outcome, started_at)
                VALUES (?, ?, ?, ?, 'STARTED', ?) ON DUPLICATE KEY UPDATE id = id""",
                orderId, intentId, amount.cents(), hostedPage, at);
    }

    /** Settles a started attempt; false when it was settled already (a duplicate notification). */
    boolean settleAttempt(String intentId, Outcome outcome, @Nullable String declineReason, Instant at) {
        return jdbc.update("""
                UPDATE payment_attempt SET outcome = ?, decline_reason = ?, settled_at = ?
                WHERE intent_id = ? AND outcome = 'STARTED'""", outcome.name(), declineReason, at, intentId) == 1;
    }

    public List<Attempt> attempts(long orderId) {
        return jdbc.list("""
                SELECT id, intent_id, amount_cents, hosted_page, outcome, decline_reason, started_at
                FROM payment_attempt WHERE order_id = ? ORDER BY id""",
                row -> new Attempt(row.getLong("id"), row.getString("intent_id"),
                        Money.ofCents(row.getLong("amount_cents")), row.getString("hosted_page"),
                        Outcome.valueOf(row.getString("outcome")), row.getString("decline_reason"),
                        Jdbc.instant(row, "started_at")), orderId);
    }

    /** Paid orders whose authorised card part was not captured yet, paid before {@code paidBefore}, locked. */
    List<Long> lockUncaptured(Instant paidBefore, int limit) {
        return jdbc.list("""
                SELECT id FROM customer_order
                WHERE status = 'PAID' AND card_cents > 0 AND captured_at IS NULL AND paid_at <= ?
                ORDER BY id LIMIT\s""" + limit + " FOR UPDATE SKIP LOCKED", row -> row.getLong(1), paidBefore);
    }
}
