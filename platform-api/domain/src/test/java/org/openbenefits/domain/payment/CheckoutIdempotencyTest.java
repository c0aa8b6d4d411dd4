package org.openbenefits.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.refusal.Refusal;

class CheckoutIdempotencyTest {

    private static final Instant FIRST = Instant.parse("2026-12-03T10:00:00Z");
    private static final IdempotencyKey KEY = new IdempotencyKey("3f1c9a52-7b1e-4c1e-9a51-0d9f6c2b8e11");
    private static final CartFingerprint CART = CartFingerprint.of(List.of("OFFER-12", "2", "OFFER-40", "1", ""));
    private static final CartFingerprint OTHER_CART = CartFingerprint.of(List.of("OFFER-12", "3", "OFFER-40", "1", ""));

    private final CheckoutIdempotency rule = CheckoutIdempotency.DEFAULT;

    private static Optional<IdempotencyRecord<String>> answered(String answer) {
        return Optional.of(new IdempotencyRecord.Running<String>(KEY, CART, FIRST).answered(answer));
    }

    private static Optional<IdempotencyRecord<String>> running() {
        return Optional.of(new IdempotencyRecord.Running<>(KEY, CART, FIRST));
    }

    @Test
    void a_first_request_proceeds_and_is_recorded_as_running_from_now() {
        IdempotencyDecision<String> decision = rule.decide(KEY, CART, Optional.empty(), FIRST);

        assertThat(decision).isEqualTo(new IdempotencyDecision.Proceed<>(
                new IdempotencyRecord.Running<>(KEY, CART, FIRST)));
    }

    @Test
    void the_same_key_and_content_replays_the_first_answer_for_24_hours() {
        Instant almostADayLater = FIRST.plus(Duration.ofHours(24)).minusMillis(1);

        assertThat(rule.decide(KEY, CART, answered("order CMD-2026-000123 paid"), FIRST.plusSeconds(5)))
                .isEqualTo(new IdempotencyDecision.Replay<>("order CMD-2026-000123 paid"));
        assertThat(rule.decide(KEY, CART, answered("order CMD-2026-000123 paid"), almostADayLater))
                .isEqualTo(new IdempotencyDecision.Replay<>("order CMD-2026-000123 paid"));
    }

    @Test
    void a_refusal_answered_first_is_replayed_too() {
        Refusal declined = Refusal.of(PaymentRefusal.CARD_DECLINED, "attemptsLeft", 2);
        Optional<IdempotencyRecord<Refusal>> stored = Optional.of(
                new IdempotencyRecord.Running<Refusal>(KEY, CART, FIRST).answered(declined));

        assertThat(rule.decide(KEY, CART, stored, FIRST.plusSeconds(5)))
                .isEqualTo(new IdempotencyDecision.Replay<>(declined));
    }

    @Test
    void the_same_key_with_other_content_is_refused_whether_the_first_is_answered_or_running() {
        IdempotencyDecision.Refused<String> reused = new IdempotencyDecision.Refused<>(
                Refusal.of(PaymentRefusal.IDEMPOTENCY_KEY_REUSED));

        assertThat(rule.decide(KEY, OTHER_CART, answered("paid"), FIRST.plusSeconds(5))).isEqualTo(reused);
        assertThat(rule.decide(KEY, OTHER_CART, running(), FIRST.plusSeconds(5))).isEqualTo(reused);
    }

    @Test
    void a_key_whose_first_request_is_still_running_answers_in_progress_retry_after_a_moment() {
        IdempotencyDecision<String> decision = rule.decide(KEY, CART, running(), FIRST.plusSeconds(1));

        assertThat(decision).isEqualTo(new IdempotencyDecision.Refused<>(
                Refusal.of(PaymentRefusal.CHECKOUT_IN_PROGRESS).retryAfter(Duration.ofSeconds(2))));
    }

    @Test
    void after_24_hours_the_key_is_forgotten_and_a_request_proceeds_afresh_whatever_its_content() {
        Instant aDayLater = FIRST.plus(Duration.ofHours(24));

        assertThat(rule.decide(KEY, OTHER_CART, answered("paid"), aDayLater)).isEqualTo(
                new IdempotencyDecision.Proceed<>(new IdempotencyRecord.Running<>(KEY, OTHER_CART, aDayLater)));
        assertThat(rule.decide(KEY, CART, running(), aDayLater)).isInstanceOf(IdempotencyDecision.Proceed.class);
    }

    @Test
    void the_fingerprint_depends_on_every_part_and_their_boundaries_and_nothing_else() {
        assertThat(CartFingerprint.of(List.of("OFFER-12", "2", "OFFER-40", "1", ""))).isEqualTo(CART);
        assertThat(CART).isNotEqualTo(OTHER_CART);
        assertThat(CartFingerprint.of(List.of("ab", "c"))).isNotEqualTo(CartFingerprint.of(List.of("a", "bc")));
        assertThat(CartFingerprint.of(List.of("a;", "b"))).isNotEqualTo(CartFingerprint.of(List.of("a", ";b")));
        assertThat(CART.sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void a_key_is_8_to_255_visible_ascii_characters() {
        assertThat(IdempotencyKey.parse("3f1c9a52-7b1e-4c1e-9a51-0d9f6c2b8e11")).contains(KEY);
        assertThat(IdempotencyKey.parse("1234567")).isEmpty();
        assertThat(IdempotencyKey.parse("x".repeat(256))).isEmpty();
        assertThat(IdempotencyKey.parse("with a space")).isEmpty();
        assertThat(IdempotencyKey.parse("clé-accentuée")).isEmpty();
        assertThat(IdempotencyKey.parse(null)).isEmpty();
        assertThatThrownBy(() -> new IdempotencyKey("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_record_stored_under_another_key_is_a_bug_of_the_caller() {
        IdempotencyKey other = new IdempotencyKey("another-key-0001");

        assertThatThrownBy(() -> rule.decide(other, CART, answered("paid"), FIRST))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
