package org.openbenefits.platform.payment.simulator;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
import org.openbenefits.domain.payment.TestCard;
import org.openbenefits.platform.infrastructure.Jdbc;

/** The simulator's intents (table {@code simulator_intent}) and refunds ({@code simulator_refund}). */
@Singleton
class SimulatorIntents {

    private static final String COLUMNS = "id, merchant_reference, amount_cents, state, decline_reason, test_card, "
            + "card_token, card_brand, card_last_four, challenge_code, form_token, return_url, captured_cents, "
            + "refunded_cents, created_at, updated_at";

    private final Jdbc jdbc;

    SimulatorIntents(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SimulatedIntent> find(PaymentIntentId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM simulator_intent WHERE id = ?", SimulatorIntents::map, id.value());
    }

    Optional<SimulatedIntent> lock(PaymentIntentId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM simulator_intent WHERE id = ? FOR UPDATE", SimulatorIntents::map,
                id.value());
    }

    Optional<SimulatedIntent> byKey(String key) {
        return jdbc.one("SELECT " + COLUMNS + " FROM simulator_intent WHERE creation_key = ?", SimulatorIntents::map,
                key);
    }

    void insert(SimulatedIntent simulated, String key) {
        PaymentIntent intent = simulated.intent();
        jdbc.update("INSERT INTO simulator_intent (id, creation_key, merchant_reference, amount_cents, currency, state, "
                        + "form_token, return_url, captured_cents, refunded_cents, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, 'EUR', ?, ?, ?, 0, 0, ?, ?)",
                intent.id().value(), key, intent.order().value(), intent.amount().cents(), intent.state(),
                simulated.formToken(), simulated.returnTo().toString(), intent.createdAt(), intent.updatedAt());
    }

    /** Writes the intent's state, card, test card kind, challenge code and amounts as they are now. */
    void update(SimulatedIntent simulated) {
        PaymentIntent intent = simulated.intent();
        StoredCard card = intent.card().orElse(null);
        jdbc.update("UPDATE simulator_intent SET state = ?, decline_reason = ?, test_card = ?, card_token = ?, "
                        + "card_brand = ?, card_last_four = ?, challenge_code = ?, captured_cents = ?, "
                        + "refunded_cents = ?, updated_at = ? WHERE id = ?",
                intent.state(), intent.declined().orElse(null), simulated.testCard().orElse(null),
                card == null ? null : card.token().value(), card == null ? null : card.brand(),
                card == null ? null : card.lastFour(), simulated.challengeCode().orElse(null),
                intent.captured().cents(), intent.refunded().cents(), intent.updatedAt(), intent.id().value());
    }

    boolean refunded(PaymentIntentId id, String key) {
        return jdbc.number("SELECT COUNT(*) FROM simulator_refund WHERE intent_id = ? AND refund_key = ?", id.value(),
                key) > 0;
    }

    void recordRefund(PaymentIntentId id, String key, Money amount, Instant at) {
        jdbc.update("INSERT INTO simulator_refund (intent_id, refund_key, amount_cents, created_at) "
                + "VALUES (?, ?, ?, ?)", id.value(), key, amount.cents(), at);
    }

    private static SimulatedIntent map(ResultSet row) throws SQLException {
        String token = row.getString("card_token");
        Optional<StoredCard> card = token == null ? Optional.empty() : Optional.of(new StoredCard(new CardToken(token),
                CardBrand.valueOf(row.getString("card_brand")), row.getString("card_last_four")));
        String reason = row.getString("decline_reason");
        PaymentIntent intent = new PaymentIntent(PaymentIntentId.of(row.getString("id")),
                OrderNumber.of(row.getString("merchant_reference")), Money.ofCents(row.getLong("amount_cents")),
                IntentState.valueOf(row.getString("state")), card, Money.ofCents(row.getLong("captured_cents")),
                Money.ofCents(row.getLong("refunded_cents")),
                reason == null ? Optional.empty() : Optional.of(DeclineReason.valueOf(reason)),
                Jdbc.instant(row, "created_at"), Jdbc.instant(row, "updated_at"));
        String testCard = row.getString("test_card");
        return new SimulatedIntent(intent, Optional.ofNullable(testCard).map(TestCard::valueOf),
                Optional.ofNullable(row.getString("challenge_code")), row.getString("form_token"),
                URI.create(row.getString("return_url")));
    }
}
