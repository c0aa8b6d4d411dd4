package org.openbenefits.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbenefits.domain.payment.PaymentFixtures.CARD;
import static org.openbenefits.domain.payment.PaymentFixtures.ORDER;
import static org.openbenefits.domain.payment.PaymentFixtures.T0;
import static org.openbenefits.domain.payment.PaymentFixtures.inState;
import static org.openbenefits.domain.payment.PaymentFixtures.moved;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.refusal.Refusal;

class PaymentAttemptsTest {

    private final PaymentAttempts attempts = PaymentAttempts.DEFAULT;

    private static PaymentIntent failed(String id, DeclineReason reason) {
        return moved(PaymentFixtures.created(id).confirm(CARD, new GatewayAnswer.Declined(reason), T0));
    }

    @Test
    void an_order_without_intents_has_its_first_attempt_of_three() {
        assertThat(attempts.next(ORDER, List.of())).isEqualTo(new AttemptDecision.MayAttempt(1, 3));
    }

    @Test
    void each_failure_says_its_reason_and_the_attempts_left_and_the_third_refuses_the_order() {
        List<PaymentIntent> intents = new ArrayList<>();
        PaymentIntent first = failed("pi_1", DeclineReason.CARD_DECLINED);
        intents.add(first);
        assertThat(attempts.afterFailure(first, intents))
                .isEqualTo(Refusal.of(PaymentRefusal.CARD_DECLINED, "attemptsLeft", 2));
        assertThat(attempts.next(ORDER, intents)).isEqualTo(new AttemptDecision.MayAttempt(2, 2));

        PaymentIntent second = failed("pi_2", DeclineReason.INSUFFICIENT_FUNDS);
        intents.add(second);
        assertThat(attempts.afterFailure(second, intents))
                .isEqualTo(Refusal.of(PaymentRefusal.INSUFFICIENT_FUNDS, "attemptsLeft", 1));
        assertThat(attempts.next(ORDER, intents)).isEqualTo(new AttemptDecision.MayAttempt(3, 1));

        PaymentIntent third = failed("pi_3", DeclineReason.AUTHENTICATION_FAILED);
        intents.add(third);
        Refusal exhausted = Refusal.of(PaymentRefusal.ATTEMPTS_EXHAUSTED, "order", ORDER.value(), "limit", 3);
        assertThat(attempts.afterFailure(third, intents)).isEqualTo(exhausted);
        assertThat(attempts.next(ORDER, intents)).isEqualTo(new AttemptDecision.Refused(exhausted));
    }

    @Test
    void a_cancelled_attempt_does_not_count_as_a_failure() {
        List<PaymentIntent> intents = List.of(inState("pi_1", IntentState.CANCELLED),
                failed("pi_2", DeclineReason.CARD_DECLINED));

        assertThat(attempts.next(ORDER, intents)).isEqualTo(new AttemptDecision.MayAttempt(2, 2));
    }

    @Test
    void no_new_attempt_while_one_is_under_way() {
        for (IntentState state : List.of(IntentState.CREATED, IntentState.REQUIRES_ACTION, IntentState.AUTHORISED)) {
            assertThat(attempts.next(ORDER, List.of(inState(state)))).as(state.name())
                    .isEqualTo(new AttemptDecision.Refused(Refusal.of(PaymentRefusal.ATTEMPT_IN_PROGRESS,
                            "order", ORDER.value())));
        }
    }

    @Test
    void no_new_attempt_once_the_order_is_paid_never_two_charges() {
        for (IntentState state : List.of(IntentState.CAPTURED, IntentState.PARTIALLY_REFUNDED, IntentState.REFUNDED)) {
            assertThat(attempts.next(ORDER, List.of(failed("pi_0", DeclineReason.CARD_DECLINED), inState(state))))
                    .as(state.name()).isEqualTo(new AttemptDecision.Refused(Refusal.of(
                            PaymentRefusal.ORDER_ALREADY_PAID, "order", ORDER.value())));
        }
    }

    @Test
    void the_limit_is_a_setting_and_one_attempt_is_the_least() {
        PaymentAttempts once = new PaymentAttempts(1);
        PaymentIntent failed = failed("pi_1", DeclineReason.CARD_DECLINED);

        assertThat(once.afterFailure(failed, List.of(failed))).isEqualTo(Refusal.of(
                PaymentRefusal.ATTEMPTS_EXHAUSTED, "order", ORDER.value(), "limit", 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PaymentAttempts(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void intents_of_another_order_are_a_bug_of_the_caller() {
        PaymentIntent other = PaymentIntent.create(PaymentIntentId.of("pi_9"), OrderNumber.of("CMD-2026-000999"),
                PaymentFixtures.AMOUNT, T0);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> attempts.next(ORDER, List.of(other)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
