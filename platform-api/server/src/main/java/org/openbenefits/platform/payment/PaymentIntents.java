package org.openbenefits.platform.payment;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.inject.Singleton;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.CardBrand;
import org.openbenefits.domain.payment.CardToken;
import org.openbenefits.domain.payment.DeclineReason;
import org.openbenefits.domain.payment.IntentState;
import org.openbenefits.domain.payment.PaymentIntent;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.domain.payment.StoredCard;
import org.openbenefits.platform.infrastructure.Jdbc;

/** The platform's payment intents (table {@code payment_intent}) and their refunds ({@code payment_refund}). */
@Singleton
class PaymentIntents {

    /** A stored intent with what the domain record does not carry. */
    record Stored(PaymentIntent intent, long orderId, URI hostedPage) {
    }

    private static final String COLUMNS = "id, order_id, order_number, amount_cents, state, decline_reason, card_token, "
            + "card_brand, card_last_four, captured_cents, refunded_cents, hosted_page, created_at, updated_at";

    private final Jdbc jdbc;

    PaymentIntents(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> byKey(String key) {
        return jdbc.one("SELECT " + COLUMNS + " FROM payment_intent WHERE creation_key = ?", PaymentIntents::map, key);
    }

    Optional<Stored> lock(PaymentIntentId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM payment_intent WHERE id = ? FOR UPDATE", PaymentIntents::map,
                id.value());
    }

    void insert(PaymentIntent intent, long orderId, String key, URI hostedPage) {
        jdbc.update("INSERT INTO payment_intent (id, order_id, order_number, creation_key, amount_cents, state, "
                        + "captured_cents, refunded_cents, hosted_page, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)",
                intent.id().value(), orderId, intent.order().value(), key, intent.amount().cents(), intent.state(),
                hostedPage.toString(), intent.createdAt(), intent.updatedAt());
    }

    /** Writes the intent's state, card and amounts as they are now. */
    void update(PaymentIntent intent) {
        StoredCard card = intent.card().orElse(null);
        jdbc.update("UPDATE payment_intent SET state = ?, decline_reason = ?, card_token = ?, card_brand = ?, "
                        + "card_last_four = ?, captured_cents = ?, refunded_cents = ?, updated_at = ? WHERE id = ?",
                intent.state(), intent.declined().orElse(null), card == null ? null : card.token().value(),
                card == null ? null : card.brand(), card == null ? null : card.lastFour(), intent.captured().cents(),
                intent.refunded().cents(), intent.updatedAt(), intent.id().value());
    }

    boolean refunded(PaymentIntentId id, String key) {
        return jdbc.number("SELECT COUNT(*) FROM payment_refund WHERE intent_id = ? AND refund_key = ?", id.value(),
                key) > 0;
    }

    void recordRefund(PaymentIntentId id, String key, Money amount, java.time.Instant at) {
        jdbc.update("INSERT INTO payment_refund (intent_id, refund_key, amount_cents, refunded_at) VALUES (?, ?, ?, ?)",
                id.value(), key, amount.cents(), at);
    }

    private static Stored map(ResultSet row) throws SQLException {
        String token = row.getString("card_token");
        Optional<StoredCard> card = token == null ? Optional.empty() : Optional.of(new StoredCard(new CardToken(token),
                CardBrand.valueOf(row.getString("card_brand")), row.getString("card_last_four")));
        String reason = row.getString("decline_reason");
        PaymentIntent intent = new PaymentIntent(PaymentIntentId.of(row.getString("id")),
                OrderNumber.of(row.getString("order_number")), Money.ofCents(row.getLong("amount_cents")),
                IntentState.valueOf(row.getString("state")), card, Money.ofCents(row.getLong("captured_cents")),
                Money.ofCents(row.getLong("refunded_cents")),
                reason == null ? Optional.empty() : Optional.of(DeclineReason.valueOf(reason)),
                Jdbc.instant(row, "created_at"), Jdbc.instant(row, "updated_at"));
        return new Stored(intent, row.getLong("order_id"), URI.create(row.getString("hosted_page")));
    }
}
