package org.openbenefits.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.refusal.RefusalCatalogue;
import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

class OrderRefusalTest {

    private final List<OrderRefusal> codes = Arrays.asList(OrderRefusal.values());

    @Test
    void order_codes_are_lower_case_words_joined_by_dots_under_order_and_unique() {
        assertThat(codes).extracting(RefusalCode::code)
                .allSatisfy(code -> assertThat(code).matches("order\\.[a-z][a-z0-9-]*"))
                .doesNotHaveDuplicates();
    }

    @Test
    void the_catalogue_gives_each_order_code_as_itself_and_no_other_area_claims_it() {
        assertThat(codes).allSatisfy(code -> assertThat(RefusalCatalogue.find(code.code())).contains(code));
    }

    @Test
    void every_reason_a_line_cannot_be_cancelled_is_a_field_code_naming_the_line() {
        assertThat(codes).filteredOn(code -> code.kind() == RefusalKind.FIELD)
                .allSatisfy(code -> assertThat(code.parameters()).containsExactly("line"));
        for (LineState state : LineState.values()) {
            state.whyNotCancellable().ifPresent(code -> assertThat(code.kind()).isEqualTo(RefusalKind.FIELD));
        }
    }
}
