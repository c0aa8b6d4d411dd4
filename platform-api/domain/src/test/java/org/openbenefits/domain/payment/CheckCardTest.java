package org.openbenefits.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;

class CheckCardTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static TypedCard accepted(String number) {
        CardCheck check = CheckCard.check(number, "12/28", "123", Optional.empty(), TODAY);
        assertThat(check).isInstanceOf(CardCheck.Accepted.class);
        return ((CardCheck.Accepted) check).card();
    }

    private static List<FieldRefusal> faults(String number, String expiry, String code, Optional<CardBrand> chosen) {
        CardCheck check = CheckCard.check(number, expiry, code, chosen, TODAY);
        assertThat(check).isInstanceOf(CardCheck.Rejected.class);
        Refusal refusal = ((CardCheck.Rejected) check).refusal();
        assertThat(refusal.code()).isEqualTo(GeneralRefusal.INVALID_REQUEST);
        return refusal.fields();
    }

    private static FieldRefusal onlyFault(String number, String expiry, String code) {
        List<FieldRefusal> faults = faults(number, expiry, code, Optional.empty());
        assertThat(faults).hasSize(1);
        return faults.getFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4242 4242 4242 4242", "4000 0027 6000 3184", "4000 0084 0000 1629",
            "4000 0000 0000 0002", "4000 0000 0000 9995"})
    void every_documented_test_card_passes_luhn_and_is_a_visa(String number) {
        TypedCard card = accepted(number);

        assertThat(CardNumber.passesLuhn(number.replace(" ", ""))).isTrue();
        assertThat(card.brand()).isEqualTo(CardBrand.VISA);
    }

    @Test
    void a_number_may_be_typed_with_or_without_spaces() {
        assertThat(accepted("4242424242424242").number().lastFour()).isEqualTo("4242");
        assertThat(accepted(" 4242 4242  4242 4242 ").number().lastFour()).isEqualTo("4242");
    }

    @Test
    void mastercard_is_told_by_its_first_digits_both_ranges() {
        assertThat(accepted("5555 5555 5555 4444").brand()).isEqualTo(CardBrand.MASTERCARD);
        assertThat(accepted("2223 0031 2200 3222").brand()).isEqualTo(CardBrand.MASTERCARD);
    }

    @Test
    void cb_may_be_chosen_on_a_visa_or_a_mastercard_number_and_is_the_brand_the_payment_goes_through() {
        CardCheck visa = CheckCard.check("4242424242424242", "12/28", "123", Optional.of(CardBrand.CB), TODAY);
        CardCheck mastercard = CheckCard.check("5555555555554444", "12/28", "123", Optional.of(CardBrand.CB), TODAY);

        assertThat(((CardCheck.Accepted) visa).card().brand()).isEqualTo(CardBrand.CB);
        assertThat(((CardCheck.Accepted) mastercard).card().brand()).isEqualTo(CardBrand.CB);
    }

    @Test
    void choosing_another_international_brand_than_the_numbers_is_refused_on_the_brand_field() {
        List<FieldRefusal> faults = faults("4242424242424242", "12/28", "123", Optional.of(CardBrand.MASTERCARD));

        assertThat(faults).containsExactly(FieldRefusal.of("brand", PaymentRefusal.CARD_BRAND_MISMATCH,
                "chosen", "MASTERCARD", "brand", "VISA"));
    }

    @Test
    void a_number_failing_its_check_digit_is_refused_as_a_typing_error() {
        assertThat(onlyFault("4242 4242 4242 4241", "12/28", "123"))
                .isEqualTo(FieldRefusal.of("cardNumber", PaymentRefusal.CARD_NUMBER_CHECK_DIGIT));
    }

    @Test
    void a_number_with_letters_or_dashes_is_malformed() {
        assertThat(onlyFault("4242-4242-4242-4242", "12/28", "123"))
                .isEqualTo(FieldRefusal.of("cardNumber", PaymentRefusal.CARD_NUMBER_MALFORMED));
        assertThat(onlyFault("4242 4242 4242 424x", "12/28", "123"))
                .isEqualTo(FieldRefusal.of("cardNumber", PaymentRefusal.CARD_NUMBER_MALFORMED));
    }

    @Test
    void a_number_of_no_brand_the_platform_takes_is_refused() {
        assertThat(onlyFault("3782 822463 10005", "12/28", "123"))
                .isEqualTo(FieldRefusal.of("cardNumber", PaymentRefusal.CARD_BRAND_UNSUPPORTED));
        assertThat(onlyFault("6011 1111 1111 1117", "12/28", "123"))
                .isEqualTo(FieldRefusal.of("cardNumber", PaymentRefusal.CARD_BRAND_UNSUPPORTED));
    }

    @Test
    void a_number_of_the_wrong_length_for_its_brand_says_the_brand_the_length_and_the_lengths_allowed() {
        assertThat(onlyFault("4242 4242 4242 42", "12/28", "123")).isEqualTo(FieldRefusal.of("cardNumber",
                PaymentRefusal.CARD_NUMBER_LENGTH, "brand", "VISA", "length", 14, "allowed", "13, 16, 19"));
        assertThat(onlyFault("5555 5555 5555 4444 0", "12/28", "123")).isEqualTo(FieldRefusal.of("cardNumber",
                PaymentRefusal.CARD_NUMBER_LENGTH, "brand", "MASTERCARD", "length", 17, "allowed", "16"));
    }

    @Test
    void a_card_is_valid_to_the_last_day_of_its_expiry_month() {
        assertThat(CheckCard.check("4242424242424242", "12/26", "123", Optional.empty(), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(CardCheck.Accepted.class);
        assertThat(CheckCard.check("4242424242424242", "12/26", "123", Optional.empty(), LocalDate.of(2026, 12, 1)))
                .isInstanceOf(CardCheck.Accepted.class);
    }

    @Test
    void a_card_whose_month_is_over_is_expired_with_its_expiry_as_printed() {
        assertThat(onlyFault("4242424242424242", "11/26", "123"))
                .isEqualTo(FieldRefusal.of("expiry", PaymentRefusal.CARD_EXPIRED, "expiry", "11/26"));
        assertThat(CheckCard.check("4242424242424242", "12/26", "123", Optional.empty(), LocalDate.of(2027, 1, 1)))
                .isEqualTo(new CardCheck.Rejected(Refusal.invalid(List.of(
                        FieldRefusal.of("expiry", PaymentRefusal.CARD_EXPIRED, "expiry", "12/26")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1228", "12/2028", "13/28", "00/28", "1/28", "12-28", "ab/cd"})
    void an_expiry_not_written_mm_slash_yy_is_malformed(String expiry) {
        assertThat(onlyFault("4242424242424242", expiry, "123"))
                .isEqualTo(FieldRefusal.of("expiry", PaymentRefusal.CARD_EXPIRY_MALFORMED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "1234", "12a", "1 3"})
    void a_security_code_is_three_digits(String code) {
        assertThat(onlyFault("4242424242424242", "12/28", code))
                .isEqualTo(FieldRefusal.of("securityCode", PaymentRefusal.CARD_SECURITY_CODE_MALFORMED));
    }

    @Test
    void every_field_at_fault_is_named_at_once_and_empty_fields_are_required() {
        assertThat(faults(" ", null, "", Optional.empty())).containsExactly(
                FieldRefusal.of("cardNumber", FieldCode.REQUIRED),
                FieldRefusal.of("expiry", FieldCode.REQUIRED),
                FieldRefusal.of("securityCode", FieldCode.REQUIRED));
        assertThat(faults("4242424242424241", "13/28", "12", Optional.empty())).extracting(FieldRefusal::code)
                .containsExactly(PaymentRefusal.CARD_NUMBER_CHECK_DIGIT, PaymentRefusal.CARD_EXPIRY_MALFORMED,
                        PaymentRefusal.CARD_SECURITY_CODE_MALFORMED);
    }

    @Test
    void no_refusal_quotes_the_digits_typed() {
        List<FieldRefusal> faults = faults("4242 4242 4242 4241", "11/26", "12", Optional.empty());

        assertThat(faults).allSatisfy(fault -> assertThat(fault.parameters().values())
                .noneMatch(value -> value.toString().contains("4242")));
        assertThat(faults.toString()).doesNotContain("424242");
    }

    @Test
    void every_card_field_code_is_a_field_code_of_the_payment_refusals() {
        assertThat(List.of(PaymentRefusal.CARD_NUMBER_MALFORMED, PaymentRefusal.CARD_BRAND_UNSUPPORTED,
                PaymentRefusal.CARD_NUMBER_LENGTH, PaymentRefusal.CARD_NUMBER_CHECK_DIGIT,
                PaymentRefusal.CARD_BRAND_MISMATCH, PaymentRefusal.CARD_EXPIRY_MALFORMED, PaymentRefusal.CARD_EXPIRED,
                PaymentRefusal.CARD_SECURITY_CODE_MALFORMED))
                .allSatisfy(code -> assertThat(code.code()).startsWith("card."));
    }
}
