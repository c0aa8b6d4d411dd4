package org.openbenefits.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.refusal.RefusalCatalogue;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * The pricing codes are ready for the catalogue they will join with the checkout routes: shaped like its codes, none
 * of them taken by another area, none a field code, and their parameters named once.
 */
class PricingRefusalTest {

    @Test
    void every_pricing_code_is_an_advantage_code_refusal_shaped_like_the_catalogues_codes() {
        assertThat(PricingRefusal.values()).allSatisfy(refusal -> {
            assertThat(refusal.code()).startsWith("advantage-code.").matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
            assertThat(refusal.kind()).isNotEqualTo(RefusalKind.FIELD);
            assertThat(refusal.parameters()).doesNotHaveDuplicates().contains("code");
        });
        assertThat(Arrays.stream(PricingRefusal.values()).map(PricingRefusal::code)).doesNotHaveDuplicates();
    }

    @Test
    void no_pricing_code_is_taken_by_another_area_of_the_catalogue() {
        assertThat(PricingRefusal.values()).allSatisfy(refusal -> assertThat(RefusalCatalogue.find(refusal.code()))
                .as(refusal.code()).satisfiesAnyOf(found -> assertThat(found).isEmpty(),
                        found -> assertThat(found).containsSame(refusal)));
    }
}
