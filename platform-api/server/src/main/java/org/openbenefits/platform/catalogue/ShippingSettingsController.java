package org.openbenefits.platform.catalogue;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openbenefits.contract.api.catalogue.ShippingSettingsView;
import org.openbenefits.domain.pricing.ShippingSettings;
import org.openbenefits.platform.web.openapi.SignedInOperations;

/** The shipping fee and its free-shipping threshold, for carts and for the pages that announce them. */
@Controller("/api/v1/shipping-settings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SignedInOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalogue")
class ShippingSettingsController {

    private final ShippingSettingsStore store;

    ShippingSettingsController(ShippingSettingsStore store) {
        this.store = store;
    }

    @Get
    @Operation(operationId = "getShippingSettings", summary = "Shows the shipping fee and the free-shipping threshold",
            description = "Any signed-in user; 4.90 EUR and 50.00 EUR until a platform admin changes them.")
    @ApiResponse(responseCode = "200", description = "The shipping settings")
    ShippingSettingsView settings() {
        return view(store.current());
    }

    static ShippingSettingsView view(ShippingSettings settings) {
        return new ShippingSettingsView(settings.fee().cents(), settings.freeFrom().cents());
    }
}
