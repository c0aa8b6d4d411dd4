package org.openbenefits.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void addresses_are_compared_trimmed_and_in_lower_case() {
        assertThat(EmailAddresses.normalise("  Camille.Martin@ACME.example ")).isEqualTo("camille.martin@acme.example");
    }

    @Test
    void a_masked_address_keeps_the_first_character_and_the_domain() {
        assertThat(EmailAddresses.mask("camille.martin@example.org")).isEqualTo("c***@example.org");
        assertThat(EmailAddresses.mask("X@example.org")).isEqualTo("x***@example.org");
    }

    @Test
    void something_that_is_not_an_address_is_masked_entirely() {
        assertThat(EmailAddresses.mask("no-at-sign")).isEqualTo("***");
        assertThat(EmailAddresses.mask("@example.org")).isEqualTo("***");
    }
}
