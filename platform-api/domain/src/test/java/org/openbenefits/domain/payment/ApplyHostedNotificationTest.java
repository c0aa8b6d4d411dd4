package org.openbenefits.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbenefits.domain.payment.PaymentFixtures.CARD;
import static org.openbenefits.domain.payment.PaymentFixtures.T0;
import static org.openbenefits.domain.payment.PaymentFixtures.created;
import static org.openbenefits.domain.payment.PaymentFixtures.inState;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplyHostedNotificationTest {

    private static final Instant AT = T0.plusSeconds(30);

    private static GatewayNotification notified(IntentState state, DeclineReason reason) {
        return new GatewayNotification(PaymentIntentId.of("pi_1"), state, Optional.ofNullable(reason), T0);
    }

    @Test
    void an_outcome_of_the_hosted_page_confirms_a_created_intent_with_the_gateway_card() {
        NotificationOutcome authorised = ApplyHostedNotification.to(created(), notified(IntentState.AUTHORISED, null),
                Optional.of(CARD), AT);
        NotificationOutcome failed = ApplyHostedNotification.to(created(),
                notified(IntentState.FAILED, DeclineReason.INSUFFICIENT_FUNDS), Optional.of(CARD), AT);
        NotificationOutcome challenged = ApplyHostedNotification.to(created(),
                notified(IntentState.REQUIRES_ACTION, null), Optional.of(CARD), AT);

        assertThat(authorised).isInstanceOfSatisfying(NotificationOutcome.Applied.class, applied -> {
            assertThat(applied.from()).isEqualTo(IntentState.CREATED);
            assertThat(applied.intent().state()).isEqualTo(IntentState.AUTHORISED);
            assertThat(applied.intent().card()).contains(CARD);
        });
        assertThat(failed).isInstanceOfSatisfying(NotificationOutcome.Applied.class, applied ->
                assertThat(applied.intent().declined()).contains(DeclineReason.INSUFFICIENT_FUNDS));
        assertThat(challenged).isInstanceOfSatisfying(NotificationOutcome.Applied.class, applied ->
                assertThat(applied.intent().state()).isEqualTo(IntentState.REQUIRES_ACTION));
    }

    @Test
    void without_the_gateway_card_an_outcome_of_a_created_intent_is_refused() {
        NotificationOutcome outcome = ApplyHostedNotification.to(created(), notified(IntentState.AUTHORISED, null),
                Optional.empty(), AT);

        assertThat(outcome).isInstanceOfSatisfying(NotificationOutcome.Refused.class, refused ->
                assertThat(refused.refusal().code()).isEqualTo(PaymentRefusal.NOTIFICATION_NOT_APPLICABLE));
    }

    @Test
    void past_creation_the_rules_of_apply_notification_hold() {
        NotificationOutcome again = ApplyHostedNotification.to(inState(IntentState.AUTHORISED),
                notified(IntentState.AUTHORISED, null), Optional.of(CARD), AT);
        NotificationOutcome finalIntent = ApplyHostedNotification.to(inState(IntentState.CANCELLED),
                notified(IntentState.AUTHORISED, null), Optional.of(CARD), AT);
        NotificationOutcome challenge = ApplyHostedNotification.to(inState(IntentState.REQUIRES_ACTION),
                notified(IntentState.AUTHORISED, null), Optional.of(CARD), AT);

        assertThat(again).isInstanceOf(NotificationOutcome.AlreadyApplied.class);
        assertThat(finalIntent).isInstanceOf(NotificationOutcome.Ignored.class);
        assertThat(challenge).isInstanceOfSatisfying(NotificationOutcome.Applied.class, applied ->
                assertThat(applied.intent().state()).isEqualTo(IntentState.AUTHORISED));
    }
}
