package org.openbenefits.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A card number never shows its digits: not in a string, not through a record's accessors, not serialised. */
class CardNumberMaskingTest {

    private final TypedCard card = CheckCardTest.accepted("4000 0027 6000 3184");

    @Test
    void a_card_number_prints_only_its_last_four_digits() {
        assertThat(card.number().toString()).isEqualTo("**** **** **** 3184").doesNotContain("4000", "2760", "0027");
        assertThat(String.valueOf(card.number())).isEqualTo("**** **** **** 3184");
        assertThat("card " + card.number()).doesNotContain("40000027");
    }

    @Test
    void a_typed_card_prints_its_brand_its_masked_number_and_its_expiry_and_never_the_security_code() {
        assertThat(card.toString()).isEqualTo("VISA **** **** **** 3184 12/28").doesNotContain("123");
        assertThat(card.securityCode().toString()).isEqualTo("***");
    }

    @Test
    void a_nineteen_or_thirteen_digit_number_is_masked_the_same_way() {
        assertThat(CheckCardTest.accepted("4222222222222").number().toString()).isEqualTo("**** **** * 2222");
    }

    @Test
    void a_record_holding_a_card_number_prints_it_masked() {
        record Holder(CardNumber number) {
        }

        assertThat(new Holder(card.number()).toString()).isEqualTo("Holder[number=**** **** **** 3184]");
    }

    @Test
    void neither_the_number_nor_the_security_code_is_a_record_or_serialisable_and_no_public_method_gives_the_digits() {
        for (Class<?> type : new Class<?>[] {CardNumber.class, SecurityCode.class, TypedCard.class}) {
            assertThat(type.isRecord()).as(type.getSimpleName()).isFalse();
            assertThat(Serializable.class.isAssignableFrom(type)).as(type.getSimpleName()).isFalse();
        }
        assertThat(Arrays.stream(CardNumber.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers())).map(Method::getName))
                .containsExactlyInAnyOrder("brand", "lastFour", "storedAs", "toString");
        assertThat(Arrays.stream(SecurityCode.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers())).map(Method::getName))
                .containsExactly("toString");
    }

    @Test
    void only_a_token_the_brand_and_the_last_four_digits_leave_the_card() {
        StoredCard stored = card.number().storedAs(new CardToken("tok_sim_1"));

        assertThat(stored).isEqualTo(new StoredCard(new CardToken("tok_sim_1"), CardBrand.VISA, "3184"));
        assertThat(stored.toString()).doesNotContain("40000027");
        assertThat(StoredCard.class.getRecordComponents()).extracting(component -> component.getName())
                .containsExactly("token", "brand", "lastFour");
    }
}
