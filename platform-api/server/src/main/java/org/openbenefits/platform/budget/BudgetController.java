package org.openbenefits.platform.budget;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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
import org.openbenefits.contract.api.allowance.BudgetStatement;
import org.openbenefits.contract.api.allowance.BudgetView;
import org.openbenefits.contract.api.allowance.TopUpRequest;
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.InvalidParameterProblem;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.RoleOperations;
import org.openbenefits.platform.web.openapi.PageNumber;
import org.openbenefits.platform.web.openapi.PageSize;

/** The HR manager's employer budget: balance, statement and top-ups, always of the caller's own employer. */
@Controller("/api/v1/budget")
@Secured("HR_MANAGER")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Budget", description = "The employer budget that funds allowance campaigns")
class BudgetController {

    private static final int MAX_PAGE_SIZE = 200;

    private final BudgetReader reader;
    private final TopUpReader topUps;
    private final RecordTopUp recordTopUp;

    BudgetController(BudgetReader reader, TopUpReader topUps, RecordTopUp recordTopUp) {
        this.reader = reader;
        this.topUps = topUps;
        this.recordTopUp = recordTopUp;
    }

    @Get
    @Operation(operationId = "getBudget",
            summary = "Shows the budget", description = "Balance, pending top-ups and the top-ups, newest first.")
    @ApiResponse(responseCode = "200", description = "The budget")
    BudgetView budget(@Parameter(hidden = true) CurrentUser hr) {
        return reader.view(hr.requireEmployerId());
    }

    @Get("/statement")
    @InvalidParameterProblem
    @Operation(operationId = "getBudgetStatement", summary = "Lists the budget's movements, newest first",
            description = "Each line with the balance right after it; page counts from 0, size 1 to 200.")
    @ApiResponse(responseCode = "200", description = "A page of movements, newest first")
    BudgetStatement statement(@Parameter(hidden = true) CurrentUser hr, @QueryValue(defaultValue = "0") @PageNumber int page,
                              @QueryValue(defaultValue = "50") @PageSize int size) {
        return reader.statement(hr.requireEmployerId(), Math.max(0, page), Math.clamp(size, 1, MAX_PAGE_SIZE));
    }

    @Post("/top-ups")
    @JsonBodyProblems
    @Operation(operationId = "recordTopUp", summary = "Records a bank transfer made to fund the budget",
            description = "PENDING until a platform admin confirms it, unless the platform confirms top-ups at once "
                    + "(the demo does).")
    @ApiResponse(responseCode = "201", description = "The recorded top-up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopUpView.class)))
    @ApiResponse(responseCode = "400", description = "request.invalid: amount zero or negative (field.not-positive) "
            + "or over 10,000,000 EUR (top-up.amount-too-large), reference missing or too long",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<TopUpView> recordTopUp(@Parameter(hidden = true) CurrentUser hr, @Body TopUpRequest request) {
        RecordTopUp.Recorded recorded = recordTopUp.record(hr,
                new BankTransfer(request.amountCents(), request.bankReference()));
        return HttpResponse.created(topUps.find(recorded.topUpId()).orElseThrow());
    }
}
