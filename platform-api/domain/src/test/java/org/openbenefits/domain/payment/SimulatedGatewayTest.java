package org.openbenefits.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbenefits.domain.payment.PaymentFixtures.CARD;
import static org.openbenefits.domain.payment.PaymentFixtures.T0;
import static org.openbenefits.domain.payment.PaymentFixtures.created;
import static org.openbenefits.domain.payment.PaymentFixtures.moved;

import org.junit.jupiter.api.Test;

/** The simulator's documented test cards, each from the number typed to the intent's end state and its reason. */
class SimulatedGatewayTest {

    private static TestCard typed(String number) {
        return TestCard.of(CheckCardTest.accepted(number).number());
    }

    private static PaymentIntent confirmed(String number) {
        return moved(created().confirm(CARD, SimulatedGateway.onConfirm(typed(number)), T0));
    }

    private static PaymentIntent challenged(String number, String typedCode) {
        PaymentIntent intent = confirmed(number);
        assertThat(intent.state()).isEqualTo(IntentState.REQUIRES_ACTION);
        return moved(intent.completeChallenge(SimulatedGateway.onChallenge(typed(number), "318400", typedCode), T0));
    }

    @Test
    void card_4242_succeeds_at_once() {
        assertThat(typed("4242 4242 4242 4242")).isEqualTo(TestCard.SUCCEEDS);
        assertThat(confirmed("4242 4242 4242 4242").state()).isEqualTo(IntentState.AUTHORISED);
    }

    @Test
    void card_3184_requires_3_d_secure_then_succeeds_with_the_code_shown_on_the_challenge_page() {
        assertThat(typed("4000 0027 6000 3184")).isEqualTo(TestCard.CHALLENGE_THEN_SUCCEEDS);
        assertThat(challenged("4000 0027 6000 3184", " 318400 ").state()).isEqualTo(IntentState.AUTHORISED);
    }

    @Test
    void card_3184_with_another_code_than_the_one_shown_fails_authentication() {
        PaymentIntent failed = challenged("4000 0027 6000 3184", "000000");

        assertThat(failed.state()).isEqualTo(IntentState.FAILED);
        assertThat(failed.declined()).contains(DeclineReason.AUTHENTICATION_FAILED);
        assertThat(SimulatedGateway.onChallenge(TestCard.CHALLENGE_THEN_SUCCEEDS, "318400", null))
                .isEqualTo(new GatewayAnswer.Declined(DeclineReason.AUTHENTICATION_FAILED));
    }

    @Test
    void card_1629_requires_3_d_secure_then_is_declined_even_with_the_right_code() {
        PaymentIntent failed = challenged("4000 0084 0000 1629", "318400");

        assertThat(failed.state()).isEqualTo(IntentState.FAILED);
        assertThat(failed.declined()).contains(DeclineReason.DECLINED_AFTER_AUTHENTICATION);
    }

    @Test
    void card_0002_is_declined() {
        PaymentIntent failed = confirmed("4000 0000 0000 0002");

        assertThat(failed.state()).isEqualTo(IntentState.FAILED);
        assertThat(failed.declined()).contains(DeclineReason.CARD_DECLINED);
    }

    @Test
    void card_9995_has_insufficient_funds() {
        PaymentIntent failed = confirmed("4000 0000 0000 9995");

        assertThat(failed.declined()).contains(DeclineReason.INSUFFICIENT_FUNDS);
    }

    @Test
    void any_other_valid_card_succeeds() {
        assertThat(typed("5555 5555 5555 4444")).isEqualTo(TestCard.SUCCEEDS);
        assertThat(confirmed("4012 8888 8888 1881").state()).isEqualTo(IntentState.AUTHORISED);
    }

    @Test
    void each_decline_has_its_stable_code() {
        assertThat(DeclineReason.CARD_DECLINED.code().code()).isEqualTo("payment.card-declined");
        assertThat(DeclineReason.INSUFFICIENT_FUNDS.code().code()).isEqualTo("payment.insufficient-funds");
        assertThat(DeclineReason.AUTHENTICATION_FAILED.code().code()).isEqualTo("payment.authentication-failed");
        assertThat(DeclineReason.DECLINED_AFTER_AUTHENTICATION.code().code())
                .isEqualTo("payment.declined-after-authentication");
    }

    @Test
    void the_documented_numbers_are_printed_by_groups_of_four() {
        assertThat(TestCard.CHALLENGE_THEN_DECLINED.number()).isEqualTo("4000 0084 0000 1629");
    }

    @Test
    void a_card_that_needs_no_challenge_is_never_challenged() {
        assertThatThrownBy(() -> SimulatedGateway.onChallenge(TestCard.SUCCEEDS, "1", "1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
