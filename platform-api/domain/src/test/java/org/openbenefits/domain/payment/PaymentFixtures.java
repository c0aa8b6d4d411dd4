package org.openbenefits.domain.payment;

import java.time.Instant;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;

/** Intents in every state, for the payment tests. */
final class PaymentFixtures {

    static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    static final OrderNumber ORDER = OrderNumber.of("CMD-2026-000123");
    static final Money AMOUNT = Money.euros("42.50");
    static final StoredCard CARD = new StoredCard(new CardToken("tok_sim_1"), CardBrand.VISA, "4242");

    private PaymentFixtures() {
    }

    static PaymentIntent created() {
        return created("pi_1");
    }

    static PaymentIntent created(String id) {
        return PaymentIntent.create(PaymentIntentId.of(id), ORDER, AMOUNT, T0);
    }

    static PaymentIntent inState(IntentState state) {
        return inState("pi_1", state);
    }

    static PaymentIntent inState(String id, IntentState state) {
        PaymentIntent created = created(id);
        return switch (state) {
            case CREATED -> created;
            case REQUIRES_ACTION -> moved(created.confirm(CARD, new GatewayAnswer.ChallengeRequired(), T0));
            case AUTHORISED -> moved(created.confirm(CARD, new GatewayAnswer.Authorised(), T0));
            case FAILED -> moved(created.confirm(CARD, new GatewayAnswer.Declined(DeclineReason.CARD_DECLINED), T0));
            case CAPTURED -> moved(inState(id, IntentState.AUTHORISED).capture(T0));
            case PARTIALLY_REFUNDED -> moved(inState(id, IntentState.CAPTURED).refund(Money.euros("10.00"), T0));
            case REFUNDED -> moved(inState(id, IntentState.CAPTURED).refund(AMOUNT, T0));
            case CANCELLED -> moved(created.cancel(T0));
        };
    }

    static PaymentIntent moved(IntentChange change) {
        if (!(change instanceof IntentChange.Moved moved)) {
            throw new AssertionError("expected a move, got " + change);
        }
        return moved.intent();
    }
}
