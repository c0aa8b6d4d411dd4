package org.openbenefits.platform.budget;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.InvalidParameterProblem;
import org.openbenefits.platform.web.openapi.RoleOperations;
import org.openbenefits.platform.web.openapi.MediaTypeProblem;

/** Platform admins check the employers' bank transfers and confirm or reject them. */
@Controller("/api/v1/platform/top-ups")
@Secured("PLATFORM_ADMIN")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ledger")
@ApiResponse(responseCode = "403", description = "access.forbidden: platform admins only",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
class PlatformTopUpController {

    private final TopUpReader topUps;
    private final DecideTopUp decide;

    PlatformTopUpController(TopUpReader topUps, DecideTopUp decide) {
        this.topUps = topUps;
        this.decide = decide;
    }

    @Get
    @InvalidParameterProblem
    @Operation(operationId = "listTopUps", summary = "Lists the top-ups of all employers, newest first",
            description = "status PENDING, CONFIRMED or REJECTED; none for all (at most 500).")
    @ApiResponse(responseCode = "400", description = "request.invalid: unknown status (field.unknown-value)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "200", description = "The top-ups, newest first")
    List<TopUpView> topUps(@QueryValue @Nullable @Parameter(description = "Only the top-ups in this status; all when absent",
            schema = @Schema(allowableValues = {"PENDING", "CONFIRMED", "REJECTED"})) String status) {
        if (status == null) {
            return topUps.all(null);
        }
        try {
            // Exactly one of the document's values: a blank, a lower-case or a padded status is refused, not guessed.
            return topUps.all(TopUpStatus.valueOf(status));
        } catch (IllegalArgumentException unknown) {
            throw Refusal.onField("status", FieldCode.UNKNOWN_VALUE, "allowed", Arrays.stream(TopUpStatus.values())
                    .map(Enum::name).collect(Collectors.joining(", "))).toException();
        }
    }

    @Post("/{id}/confirmation")
    @InvalidParameterProblem
    @MediaTypeProblem
    @Operation(operationId = "confirmTopUp",
            summary = "Confirms a top-up: the employer budget is credited through the ledger")
    @ApiResponse(responseCode = "404", description = "resource.not-found: no such top-up",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "top-up.already-decided: confirmed or rejected already",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "200", description = "The confirmed top-up")
    TopUpView confirm(@Parameter(hidden = true) CurrentUser admin, @PathVariable long id) {
        return decided(decide.confirm(admin.id(), id));
    }

    @Post("/{id}/rejection")
    @InvalidParameterProblem
    @MediaTypeProblem
    @Operation(operationId = "rejectTopUp", summary = "Rejects a top-up: the budget is not credited")
    @ApiResponse(responseCode = "404", description = "resource.not-found: no such top-up",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "top-up.already-decided: confirmed or rejected already",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "200", description = "The rejected top-up")
    TopUpView reject(@Parameter(hidden = true) CurrentUser admin, @PathVariable long id) {
        return decided(decide.reject(admin.id(), id));
    }

    private TopUpView decided(DecideTopUp.Outcome outcome) {
        return switch (outcome) {
            case DecideTopUp.Decided decided -> topUps.find(decided.topUpId()).orElseThrow();
            case DecideTopUp.NotDecided refused -> throw refused.refusal().toException();
        };
    }
}
