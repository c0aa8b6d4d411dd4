package org.openbenefits.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.refusal.RefusalCatalogue;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * The payment codes are ready for the catalogue they will join with the checkout routes: shaped like its codes,
 * unique, none taken by another area, field codes only for the typed card.
 */
class PaymentRefusalTest {

    @Test
    void every_payment_code_is_lower_case_words_joined_by_dots_under_card_payment_or_checkout_and_unique() {
        assertThat(PaymentRefusal.values()).allSatisfy(refusal -> {
            assertThat(refusal.code()).matches("(card|payment|checkout)\\.[a-z][a-z0-9-]*");
            assertThat(refusal.parameters()).doesNotHaveDuplicates();
        });
        assertThat(Arrays.stream(PaymentRefusal.values()).map(PaymentRefusal::code)).doesNotHaveDuplicates();
    }

    @Test
    void the_card_codes_and_only_they_are_field_codes() {
        assertThat(PaymentRefusal.values()).allSatisfy(refusal -> assertThat(refusal.kind() == RefusalKind.FIELD)
                .as(refusal.code()).isEqualTo(refusal.code().startsWith("card.")));
    }

    @Test
    void no_payment_code_is_taken_by_another_area_of_the_catalogue() {
        assertThat(PaymentRefusal.values()).allSatisfy(refusal -> assertThat(RefusalCatalogue.find(refusal.code()))
                .as(refusal.code()).satisfiesAnyOf(found -> assertThat(found).isEmpty(),
                        found -> assertThat(found).containsSame(refusal)));
    }

    @Test
    void every_decline_answers_with_the_attempts_left() {
        assertThat(DeclineReason.values()).allSatisfy(reason ->
                assertThat(reason.code().parameters()).containsExactly("attemptsLeft"));
    }
}
