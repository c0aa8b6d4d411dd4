package org.openbenefits.platform.ledger;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
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
import org.openbenefits.contract.api.allowance.LedgerCheckReport;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.RoleOperations;
import org.openbenefits.platform.web.openapi.MediaTypeProblem;

/** Platform admins run the ledger's consistency check. */
@Controller("/api/v1/platform/ledger")
@Secured("PLATFORM_ADMIN")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ledger", description = "The double-entry ledger of budgets and grants, for platform admins")
class LedgerController {

    private final CheckLedger checkLedger;

    LedgerController(CheckLedger checkLedger) {
        this.checkLedger = checkLedger;
    }

    @Post("/check")
    @MediaTypeProblem
    @Operation(operationId = "checkLedger", summary = "Checks the whole ledger now",
            description = "Every movement's entries sum to zero, every account's kept balance equals the sum of its "
                    + "entries, no balance but external funding is negative, and the balances of all accounts sum to "
                    + "zero. The problems found are listed in French.")
    @ApiResponse(responseCode = "200", description = "The report; consistent is false when problems were found")
    @ApiResponse(responseCode = "403", description = "access.forbidden: platform admins only",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    LedgerCheckReport check(@Parameter(hidden = true) CurrentUser admin) {
        return LedgerViews.report(checkLedger.checkFor(admin.id()));
    }
}
