package org.openbenefits.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbenefits.domain.payment.PaymentFixtures.T0;
import static org.openbenefits.domain.payment.PaymentFixtures.inState;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.refusal.Refusal;

class ApplyNotificationTest {

    private static final Instant AT = T0.plusSeconds(30);

    private static GatewayNotification notified(IntentState state) {
        Optional<DeclineReason> reason = state == IntentState.FAILED
                ? Optional.of(DeclineReason.DECLINED_AFTER_AUTHENTICATION) : Optional.empty();
        return new GatewayNotification(PaymentIntentId.of("pi_1"), state, reason, T0);
    }

    private static NotificationOutcome apply(IntentState from, IntentState notified) {
        return ApplyNotification.to(inState(from), notified(notified), AT);
    }

    @Test
    void the_3_d_secure_outcome_moves_an_intent_requiring_action() {
        NotificationOutcome authorised = apply(IntentState.REQUIRES_ACTION, IntentState.AUTHORISED);
        NotificationOutcome failed = apply(IntentState.REQUIRES_ACTION, IntentState.FAILED);

        assertThat(authorised).isInstanceOfSatisfying(NotificationOutcome.Applied.class, applied -> {
            assertThat(applied.intent().state()).isEqualTo(IntentState.AUTHORISED);
            assertThat(applied.from()).isEqualTo(IntentState.REQUIRES_ACTION);
            assertThat(applied.intent().updatedAt()).isEqualTo(AT);
        });
        assertThat(failed).isInstanceOfSatisfying(NotificationOutcome.Applied.class, applied ->
                assertThat(applied.intent().declined()).contains(DeclineReason.DECLINED_AFTER_AUTHENTICATION));
    }

    @Test
    void a_capture_moves_an_authorised_intent_and_a_cancellation_any_intent_under_way() {
        assertThat(apply(IntentState.AUTHORISED, IntentState.CAPTURED)).isInstanceOfSatisfying(
                NotificationOutcome.Applied.class, applied ->
                        assertThat(applied.intent().state()).isEqualTo(IntentState.CAPTURED));
        for (IntentState state : new IntentState[] {IntentState.CREATED, IntentState.REQUIRES_ACTION,
                IntentState.AUTHORISED}) {
            assertThat(apply(state, IntentState.CANCELLED)).as(state.name()).isInstanceOfSatisfying(
                    NotificationOutcome.Applied.class, applied ->
                            assertThat(applied.intent().state()).isEqualTo(IntentState.CANCELLED));
        }
    }

    @Test
    void applying_the_same_notification_twice_changes_nothing_the_second_time() {
        GatewayNotification notification = notified(IntentState.AUTHORISED);
        PaymentIntent once = ((NotificationOutcome.Applied) ApplyNotification.to(inState(IntentState.REQUIRES_ACTION),
                notification, AT)).intent();

        NotificationOutcome twice = ApplyNotification.to(once, notification, AT.plusSeconds(60));

        assertThat(twice).isEqualTo(new NotificationOutcome.AlreadyApplied(once));
    }

    @Test
    void a_notification_of_the_state_the_intent_is_in_is_already_applied_whatever_the_state() {
        for (IntentState state : IntentState.values()) {
            PaymentIntent intent = inState(state);
            assertThat(ApplyNotification.to(intent, notified(state), AT)).as(state.name())
                    .isEqualTo(new NotificationOutcome.AlreadyApplied(intent));
        }
    }

    @Test
    void a_notification_about_a_refunded_cancelled_or_failed_intent_is_ignored_and_the_intent_stays_as_it_is() {
        for (IntentState finalState : new IntentState[] {IntentState.REFUNDED, IntentState.CANCELLED,
                IntentState.FAILED}) {
            for (IntentState notified : IntentState.values()) {
                if (notified != finalState) {
                    PaymentIntent intent = inState(finalState);
                    assertThat(ApplyNotification.to(intent, notified(notified), AT)).as(finalState + " <- " + notified)
                            .isEqualTo(new NotificationOutcome.Ignored(intent, NotificationOutcome.Why.INTENT_FINAL));
                }
            }
        }
    }

    @Test
    void a_notification_overtaken_by_a_later_state_is_ignored() {
        PaymentIntent captured = inState(IntentState.CAPTURED);

        assertThat(ApplyNotification.to(captured, notified(IntentState.AUTHORISED), AT))
                .isEqualTo(new NotificationOutcome.Ignored(captured, NotificationOutcome.Why.SUPERSEDED));
        PaymentIntent partly = inState(IntentState.PARTIALLY_REFUNDED);
        assertThat(ApplyNotification.to(partly, notified(IntentState.CAPTURED), AT))
                .isEqualTo(new NotificationOutcome.Ignored(partly, NotificationOutcome.Why.SUPERSEDED));
    }

    @Test
    void a_state_only_the_platforms_own_calls_reach_is_refused_with_the_intent_and_the_state() {
        assertThat(apply(IntentState.CAPTURED, IntentState.REFUNDED)).isEqualTo(new NotificationOutcome.Refused(
                Refusal.of(PaymentRefusal.NOTIFICATION_NOT_APPLICABLE, "intent", "pi_1", "state", "REFUNDED")));
        assertThat(apply(IntentState.CAPTURED, IntentState.PARTIALLY_REFUNDED))
                .isInstanceOf(NotificationOutcome.Refused.class);
        assertThat(apply(IntentState.CREATED, IntentState.AUTHORISED)).as("confirmation answered by our own call")
                .isInstanceOf(NotificationOutcome.Refused.class);
        assertThat(apply(IntentState.REQUIRES_ACTION, IntentState.CAPTURED)).isInstanceOf(
                NotificationOutcome.Refused.class);
        assertThat(apply(IntentState.CAPTURED, IntentState.CANCELLED)).as("money taken is refunded, not cancelled")
                .isInstanceOf(NotificationOutcome.Refused.class);
    }
}
