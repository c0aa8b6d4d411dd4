package org.openbenefits.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbenefits.domain.payment.PaymentFixtures.T0;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;

/** Properties of payment (docs/domain-rules.md, "Payment") over generated amounts, refunds and card numbers. */
class PaymentPropertiesTest {

    @Property
    void refunds_in_any_parts_never_give_back_more_than_was_captured_and_refunded_means_all_of_it(
            @ForAll @LongRange(min = 1, max = 1_000_000) long amountCents, @ForAll("parts") List<Long> parts) {
        PaymentIntent authorised = PaymentFixtures.moved(
                PaymentIntent.create(PaymentIntentId.of("pi_p"), OrderNumber.of("CMD-P"), Money.ofCents(amountCents), T0)
                        .confirm(PaymentFixtures.CARD, new GatewayAnswer.Authorised(), T0));
        PaymentIntent intent = PaymentFixtures.moved(authorised.capture(T0));
        long accepted = 0;
        for (long part : parts) {
            IntentChange change = intent.refund(Money.ofCents(part), T0);
            if (accepted + part <= amountCents && intent.state() != IntentState.REFUNDED) {
                assertThat(change).isInstanceOf(IntentChange.Moved.class);
                intent = ((IntentChange.Moved) change).intent();
                accepted += part;
            } else {
                assertThat(change).isInstanceOf(IntentChange.Refused.class);
            }
            assertThat(intent.refunded()).isEqualTo(Money.ofCents(accepted));
            assertThat(intent.refunded().plus(intent.refundable())).isEqualTo(intent.captured());
            assertThat(intent.state() == IntentState.REFUNDED).isEqualTo(accepted == amountCents);
        }
    }

    @Provide
    Arbitrary<List<Long>> parts() {
        return Arbitraries.longs().between(1, 400_000).list().ofMaxSize(8);
    }

    @Property
    void a_valid_card_number_never_shows_more_than_its_last_four_digits(@ForAll("visaNumbers") String digits) {
        CardCheck check = CheckCard.check(digits, "12/30", "123", java.util.Optional.empty(),
                java.time.LocalDate.of(2026, 12, 3));

        assertThat(check).isInstanceOf(CardCheck.Accepted.class);
        String shown = ((CardCheck.Accepted) check).card().toString();
        assertThat(shown.replaceAll("[^0-9]", "")).isEqualTo(digits.substring(12) + "1230");
    }

    /** Sixteen-digit Visa numbers with a right check digit. */
    @Provide
    Arbitrary<String> visaNumbers() {
        return Arbitraries.strings().numeric().ofLength(14).map(body -> {
            String partial = "4" + body;
            for (char check = '0'; check <= '9'; check++) {
                if (CardNumber.passesLuhn(partial + check)) {
                    return partial + check;
                }
            }
            throw new AssertionError("some check digit always fits");
        });
    }
}
