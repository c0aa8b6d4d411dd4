package org.openbenefits.contract.api.order;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The employee cancels lines of one of their orders (POST /api/v1/me/orders/{id}/cancellation): all of them or none.
 *
 * @param lines the ids of the lines to cancel ({@link OrderLineView#id()}), 1 to 50, each once
 */
@Serdeable
public record CancellationRequest(
        @NotNull @Size(min = 1, max = 50)
        @ArraySchema(schema = @Schema(type = "integer", format = "int64", minimum = "1"), minItems = 1, maxItems = 50)
        List<@NotNull Long> lines) {
}
