package org.openbenefits.contract.api.cart;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An advantage code typed in the cart; kept even when it does not apply (the cart says why).
 *
 * @param code 3 to 20 letters and digits; spaces around it and lower case are accepted
 */
@Serdeable
public record AdvantageCodeEntry(@Nullable @Schema(example = "CULTURE10") String code) {
}
