package org.openbenefits.platform.web;

import java.util.List;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.openbenefits.platform.web.openapi.PublicOperations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.openbenefits.contract.api.PlatformInfo;

/** Facts about the platform itself. */
@Controller("/api/v1/platform")
@Secured(SecurityRule.IS_ANONYMOUS)
@PublicOperations
@Tag(name = "Platform")
class PlatformController {

    @Get
    @Operation(operationId = "getPlatformInfo",
            summary = "Describes the platform", description = "Name, API version, languages and business time zone.")
    @ApiResponse(responseCode = "200", description = "The platform facts")
    PlatformInfo info() {
        return new PlatformInfo("OpenBenefits", 1, List.of("fr", "en"), "Europe/Paris");
    }
}
