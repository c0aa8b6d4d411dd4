package org.openbenefits.platform.catalogue;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.ShippingSettingsRequest;
import org.openbenefits.contract.api.catalogue.ShippingSettingsView;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.RoleOperations;

/** Platform admins set the shipping fee and the free-shipping threshold. */
@Controller("/api/v1/platform/shipping-settings")
@Secured("PLATFORM_ADMIN")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalogue admin")
@ApiResponse(responseCode = "403", description = "access.forbidden: platform admins only",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
class PlatformShippingSettingsController {

    private final ChangeShippingSettings change;

    PlatformShippingSettingsController(ChangeShippingSettings change) {
        this.change = change;
    }

    @Put
    @JsonBodyProblems
    @Operation(operationId = "changeShippingSettings", summary = "Sets the shipping fee and the free-shipping threshold",
            description = "For the carts priced from now on; orders keep what they paid.")
    @ApiResponse(responseCode = "200", description = "The new settings")
    @ApiResponse(responseCode = "400", description = "request.invalid: feeCents or freeFromCents missing "
            + "(field.required) or outside 0 to 1,000.00 EUR (field.out-of-range)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    ShippingSettingsView change(@Parameter(hidden = true) CurrentUser admin, @Body ShippingSettingsRequest request) {
        return ShippingSettingsController.view(change.change(admin.id(), request.feeCents(), request.freeFromCents()));
    }
}
