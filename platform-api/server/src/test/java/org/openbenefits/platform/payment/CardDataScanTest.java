package org.openbenefits.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the end-of-run scan counts as card data, and what it lets pass. */
class CardDataScanTest {

    @Test
    void a_test_card_number_is_found_plain_or_in_groups() {
        assertThat(CardDataScan.cardDataIn("paid with 4242424242424242 today")).isEqualTo("a test card number");
        assertThat(CardDataScan.cardDataIn("number=4000 0027 6000 3184")).isEqualTo("a test card number");
        assertThat(CardDataScan.cardDataIn("4000-0000-0000-0002")).isEqualTo("a test card number");
    }

    @Test
    void a_security_code_is_found_after_the_names_it_is_sent_under() {
        assertThat(CardDataScan.cardDataIn("cvc=123&expiry=12/30")).isEqualTo("a security code");
        assertThat(CardDataScan.cardDataIn("{\"securityCode\":\"987\"}")).isEqualTo("a security code");
        assertThat(CardDataScan.cardDataIn("Cryptogramme : 456")).isEqualTo("a security code");
    }

    @Test
    void the_last_four_digits_amounts_and_masked_numbers_are_not_card_data() {
        assertThat(CardDataScan.cardDataIn("Carte Visa **** **** **** 4242, 12,34 €, order 424242")).isNull();
        assertThat(CardDataScan.cardDataIn("the cryptogram field is required")).isNull();
    }
}
