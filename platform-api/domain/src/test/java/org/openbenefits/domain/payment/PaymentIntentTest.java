package org.openbenefits.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbenefits.domain.payment.PaymentFixtures.AMOUNT;
import static org.openbenefits.domain.payment.PaymentFixtures.CARD;
import static org.openbenefits.domain.payment.PaymentFixtures.ORDER;
import static org.openbenefits.domain.payment.PaymentFixtures.T0;
import static org.openbenefits.domain.payment.PaymentFixtures.created;
import static org.openbenefits.domain.payment.PaymentFixtures.inState;
import static org.openbenefits.domain.payment.PaymentFixtures.moved;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.Refusal;

class PaymentIntentTest {

    private static final Instant LATER = T0.plusSeconds(60);

    @Test
    void a_new_intent_is_created_for_a_positive_amount_with_nothing_captured_and_no_card() {
        PaymentIntent intent = created();

        assertThat(intent.state()).isEqualTo(IntentState.CREATED);
        assertThat(intent.card()).isEmpty();
        assertThat(intent.captured()).isEqualTo(Money.ZERO);
        assertThat(intent.order()).isEqualTo(ORDER);
        assertThatThrownBy(() -> PaymentIntent.create(PaymentIntentId.of("pi_0"), ORDER, Money.ZERO, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void confirming_a_card_the_bank_authorises_makes_the_intent_authorised_with_that_card() {
        IntentChange change = created().confirm(CARD, new GatewayAnswer.Authorised(), LATER);

        PaymentIntent intent = moved(change);
        assertThat(((IntentChange.Moved) change).from()).isEqualTo(IntentState.CREATED);
        assertThat(intent.state()).isEqualTo(IntentState.AUTHORISED);
        assertThat(intent.card()).contains(CARD);
        assertThat(intent.updatedAt()).isEqualTo(LATER);
        assertThat(intent.captured()).isEqualTo(Money.ZERO);
    }

    @Test
    void confirming_a_card_that_needs_3_d_secure_makes_the_intent_require_action() {
        PaymentIntent intent = moved(created().confirm(CARD, new GatewayAnswer.ChallengeRequired(), LATER));

        assertThat(intent.state()).isEqualTo(IntentState.REQUIRES_ACTION);
    }

    @Test
    void confirming_a_card_the_bank_declines_fails_the_intent_with_the_reason() {
        PaymentIntent intent = moved(created().confirm(CARD,
                new GatewayAnswer.Declined(DeclineReason.INSUFFICIENT_FUNDS), LATER));

        assertThat(intent.state()).isEqualTo(IntentState.FAILED);
        assertThat(intent.declined()).contains(DeclineReason.INSUFFICIENT_FUNDS);
    }

    @Test
    void passing_the_challenge_authorises_and_failing_it_fails_the_intent() {
        PaymentIntent challenged = inState(IntentState.REQUIRES_ACTION);

        assertThat(moved(challenged.completeChallenge(new GatewayAnswer.Authorised(), LATER)).state())
                .isEqualTo(IntentState.AUTHORISED);
        PaymentIntent failed = moved(challenged.completeChallenge(
                new GatewayAnswer.Declined(DeclineReason.AUTHENTICATION_FAILED), LATER));
        assertThat(failed.state()).isEqualTo(IntentState.FAILED);
        assertThat(failed.declined()).contains(DeclineReason.AUTHENTICATION_FAILED);
        assertThat(failed.card()).contains(CARD);
    }

    @Test
    void a_challenge_answered_by_another_challenge_is_a_bug_of_the_gateway_adapter() {
        assertThatThrownBy(() -> inState(IntentState.REQUIRES_ACTION)
                .completeChallenge(new GatewayAnswer.ChallengeRequired(), LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void capturing_an_authorised_intent_takes_the_whole_amount() {
        PaymentIntent captured = moved(inState(IntentState.AUTHORISED).capture(LATER));

        assertThat(captured.state()).isEqualTo(IntentState.CAPTURED);
        assertThat(captured.captured()).isEqualTo(AMOUNT);
        assertThat(captured.refundable()).isEqualTo(AMOUNT);
    }

    @Test
    void an_intent_under_way_can_be_cancelled_and_then_captures_nothing() {
        for (IntentState state : List.of(IntentState.CREATED, IntentState.REQUIRES_ACTION, IntentState.AUTHORISED)) {
            PaymentIntent cancelled = moved(inState(state).cancel(LATER));
            assertThat(cancelled.state()).as("from " + state).isEqualTo(IntentState.CANCELLED);
            assertThat(cancelled.captured()).isEqualTo(Money.ZERO);
        }
    }

    @Test
    void a_partial_refund_leaves_the_intent_partially_refunded_and_the_rest_refundable_to_the_cent() {
        PaymentIntent partly = moved(inState(IntentState.CAPTURED).refund(Money.euros("12.49"), LATER));

        assertThat(partly.state()).isEqualTo(IntentState.PARTIALLY_REFUNDED);
        assertThat(partly.refunded()).isEqualTo(Money.euros("12.49"));
        assertThat(partly.refundable()).isEqualTo(Money.euros("30.01"));
    }

    @Test
    void partial_refunds_add_up_and_the_one_reaching_what_was_captured_makes_it_refunded() {
        PaymentIntent intent = inState(IntentState.CAPTURED);
        for (String part : List.of("10.00", "0.01", "32.48")) {
            intent = moved(intent.refund(Money.euros(part), LATER));
            assertThat(intent.state()).isEqualTo(IntentState.PARTIALLY_REFUNDED);
        }
        PaymentIntent refunded = moved(intent.refund(Money.euros("0.01"), LATER));

        assertThat(refunded.state()).isEqualTo(IntentState.REFUNDED);
        assertThat(refunded.refunded()).isEqualTo(AMOUNT);
        assertThat(refunded.refundable()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_refund_of_a_cent_more_than_is_left_is_refused_with_what_was_asked_and_what_is_left() {
        PaymentIntent partly = inState(IntentState.PARTIALLY_REFUNDED);

        IntentChange change = partly.refund(Money.euros("32.51"), LATER);

        assertThat(change).isEqualTo(new IntentChange.Refused(Refusal.of(PaymentRefusal.REFUND_EXCEEDS_CAPTURED,
                "intent", "pi_1", "requested", Money.euros("32.51"), "refundable", Money.euros("32.50"))));
        assertThat(moved(partly.refund(Money.euros("32.50"), LATER)).state()).isEqualTo(IntentState.REFUNDED);
    }

    @Test
    void a_refund_of_nothing_or_less_is_refused_on_its_amount() {
        PaymentIntent captured = inState(IntentState.CAPTURED);

        assertThat(captured.refund(Money.ZERO, LATER)).isEqualTo(new IntentChange.Refused(
                Refusal.onField("amountCents", FieldCode.NOT_POSITIVE)));
        assertThat(captured.refund(Money.ofCents(-1), LATER)).isInstanceOf(IntentChange.Refused.class);
    }

    @Test
    void an_intent_cannot_be_built_refunding_more_than_it_captured_or_captured_without_its_amount() {
        PaymentIntent captured = inState(IntentState.CAPTURED);

        assertThatThrownBy(() -> new PaymentIntent(captured.id(), ORDER, AMOUNT, IntentState.PARTIALLY_REFUNDED,
                captured.card(), AMOUNT, AMOUNT.plus(Money.ofCents(1)), Optional.empty(), T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentIntent(captured.id(), ORDER, AMOUNT, IntentState.CAPTURED,
                captured.card(), Money.euros("1.00"), Money.ZERO, Optional.empty(), T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Every action from every state: allowed where the model says, otherwise refused with the state and the action. */
    @TestFactory
    Stream<DynamicTest> every_move_the_model_does_not_allow_is_refused_with_the_intent_its_state_and_the_action() {
        Map<String, Set<IntentState>> allowedFrom = Map.of(
                "confirm", EnumSet.of(IntentState.CREATED),
                "complete-challenge", EnumSet.of(IntentState.REQUIRES_ACTION),
                "capture", EnumSet.of(IntentState.AUTHORISED),
                "cancel", EnumSet.of(IntentState.CREATED, IntentState.REQUIRES_ACTION, IntentState.AUTHORISED),
                "refund", EnumSet.of(IntentState.CAPTURED, IntentState.PARTIALLY_REFUNDED));
        Map<String, Function<PaymentIntent, IntentChange>> actions = Map.of(
                "confirm", intent -> intent.confirm(CARD, new GatewayAnswer.Authorised(), LATER),
                "complete-challenge", intent -> intent.completeChallenge(new GatewayAnswer.Authorised(), LATER),
                "capture", intent -> intent.capture(LATER),
                "cancel", intent -> intent.cancel(LATER),
                "refund", intent -> intent.refund(Money.ofCents(1), LATER));
        List<DynamicTest> tests = new ArrayList<>();
        for (IntentState state : IntentState.values()) {
            allowedFrom.forEach((action, allowed) -> {
                boolean expected = allowed.contains(state);
                tests.add(DynamicTest.dynamicTest(action + " from " + state + " is " + (expected ? "allowed" : "refused"),
                        () -> {
                            PaymentIntent intent = inState(state);
                            IntentChange change = actions.get(action).apply(intent);
                            if (expected) {
                                assertThat(change).isInstanceOf(IntentChange.Moved.class);
                            } else {
                                assertThat(change).isEqualTo(new IntentChange.Refused(Refusal.of(
                                        PaymentRefusal.TRANSITION_NOT_ALLOWED, "intent", "pi_1", "state",
                                        state.name(), "action", action)));
                            }
                        }));
            });
        }
        return tests.stream();
    }

    @Test
    void final_states_are_refunded_cancelled_and_failed_and_nothing_moves_out_of_them() {
        assertThat(EnumSet.allOf(IntentState.class).stream().filter(IntentState::isFinal))
                .containsExactlyInAnyOrder(IntentState.REFUNDED, IntentState.CANCELLED, IntentState.FAILED);
    }

    @Test
    void an_intent_prints_the_card_only_as_its_token_brand_and_last_four() {
        assertThat(inState(IntentState.CAPTURED).toString()).contains("lastFour=4242").doesNotContain("42424242");
    }
}
