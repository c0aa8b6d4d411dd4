package org.openbenefits.contract.api.cart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A problem of the cart, as the API's problems tell one: a stable code of the catalogue (docs/api/errors.md), its
 * parameters, and the sentence in the request's language. Clients translate from the code.
 *
 * @param parameters the values its wording needs (offer id, title, amounts as decimal strings, ISO dates)
 */
@Serdeable
public record CartProblem(@Schema(description = "Code of the catalogue (docs/api/errors.md)",
                                  example = "cart.quantity-above-stock") String code,
                          @Schema(description = "Values of the code, by name: numbers, strings, amounts as decimal strings (12.50), dates as ISO dates",
                                  additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                                  example = "{\"offer\": 12, \"title\": \"Cinéma\", \"available\": 3}")
                          Map<String, Object> parameters,
                          String message) {

    public CartProblem {
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
