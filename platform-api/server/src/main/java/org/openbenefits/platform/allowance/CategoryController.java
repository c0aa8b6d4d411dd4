package org.openbenefits.platform.allowance;

import java.util.Arrays;
import java.util.List;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.openbenefits.contract.api.allowance.CategoryView;
import org.openbenefits.domain.catalogue.Category;
import org.openbenefits.platform.web.openapi.SignedInOperations;

/** The catalogue's categories, for campaign forms and wallets. */
@Controller("/api/v1/categories")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SignedInOperations
@Tag(name = "Campaigns")
class CategoryController {

    @Get
    @Operation(operationId = "listCategories",
            summary = "Lists the catalogue's categories", description = "Any signed-in user; codes the portals "
            + "translate, and whether culture cheques may pay each.")
    @ApiResponse(responseCode = "200", description = "The categories")
    List<CategoryView> categories() {
        return Arrays.stream(Category.values()).map(category -> new CategoryView(category.code(), category.cultural()))
                .toList();
    }
}
