package org.openbenefits.domain.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbenefits.domain.money.Money;

class RefusalTest {

    @Test
    void a_refusal_carries_exactly_the_parameters_its_code_names_in_the_codes_order() {
        Refusal refusal = Refusal.of(GeneralRefusal.TOO_MANY_REQUESTS, "seconds", 20L).retryAfter(Duration.ofSeconds(20));

        assertThat(refusal.parameters()).containsExactly(java.util.Map.entry("seconds", 20L));
        assertThat(refusal.retryAfter()).hasSeconds(20);
        assertThatThrownBy(() -> Refusal.of(GeneralRefusal.TOO_MANY_REQUESTS)).hasMessageContaining("[seconds]");
        assertThatThrownBy(() -> Refusal.of(GeneralRefusal.NOT_FOUND, "id", 3L)).hasMessageContaining("[id]");
    }

    @Test
    void parameters_are_values_every_edge_can_word() {
        assertThat(FieldRefusal.of("amount", FieldCode.OUT_OF_RANGE, "min", Money.ofCents(1), "max", 10L).parameters())
                .containsKeys("min", "max");
        assertThatThrownBy(() -> FieldRefusal.of("amount", FieldCode.TOO_LONG, "max", new Object()))
                .hasMessageContaining("must be a String, Long, Integer, Money or LocalDate");
    }

    @Test
    void field_codes_and_request_codes_do_not_mix() {
        assertThatThrownBy(() -> Refusal.of(FieldCode.REQUIRED)).hasMessageContaining("is a field code");
        assertThatThrownBy(() -> FieldRefusal.of("x", GeneralRefusal.NOT_FOUND)).hasMessageContaining("not a field code");
        assertThatThrownBy(() -> Refusal.invalid(List.of())).hasMessageContaining("at least one field");
    }

    @Test
    void an_invalid_request_names_each_field_with_its_own_code() {
        Refusal refusal = Refusal.invalid(List.of(FieldRefusal.of("bankReference", FieldCode.REQUIRED),
                FieldRefusal.of("amountCents", FieldCode.NOT_POSITIVE)));

        assertThat(refusal.code()).isEqualTo(GeneralRefusal.INVALID_REQUEST);
        assertThat(refusal.fields()).extracting(FieldRefusal::field).containsExactly("bankReference", "amountCents");
    }

    @Test
    void thrown_a_refusal_has_no_stack_trace_and_its_message_is_only_the_code() {
        Refused thrown = Refusal.of(GeneralRefusal.NOT_FOUND).toException();

        assertThat(thrown.getMessage()).isEqualTo("resource.not-found");
        assertThat(thrown.getStackTrace()).isEmpty();
    }

    @Test
    void every_code_of_the_catalogue_is_unique_and_lower_case_words_joined_by_dots() {
        assertThat(RefusalCatalogue.all()).isNotEmpty()
                .allSatisfy(code -> assertThat(code.code()).matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+"));
        assertThat(RefusalCatalogue.all()).extracting(RefusalCode::code).doesNotHaveDuplicates();
        assertThat(RefusalCatalogue.find("request.invalid")).contains(GeneralRefusal.INVALID_REQUEST);
        assertThat(RefusalCatalogue.find("no.such-code")).isEmpty();
    }
}
