package org.openbenefits.platform.catalogue;

import java.util.List;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import org.openbenefits.contract.api.catalogue.AdvantageCodeRequest;
import org.openbenefits.contract.api.catalogue.AdvantageCodeView;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.InvalidParameterProblem;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.MediaTypeProblem;
import org.openbenefits.platform.web.openapi.RoleOperations;

/** Platform admins create, list and disable advantage codes ("codes avantage"). */
@Controller("/api/v1/platform/advantage-codes")
@Secured("PLATFORM_ADMIN")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalogue admin")
@ApiResponse(responseCode = "403", description = "access.forbidden: platform admins only",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
class PlatformAdvantageCodeController {

    private final AdvantageCodeReader reader;
    private final CreateAdvantageCode createCode;
    private final DisableAdvantageCode disableCode;

    PlatformAdvantageCodeController(AdvantageCodeReader reader, CreateAdvantageCode createCode,
                                    DisableAdvantageCode disableCode) {
        this.reader = reader;
        this.createCode = createCode;
        this.disableCode = disableCode;
    }

    @Get
    @Operation(operationId = "listAdvantageCodes", summary = "Lists the advantage codes, newest first",
            description = "With how many orders used each (0 until checkout lands) and whether it is disabled.")
    @ApiResponse(responseCode = "200", description = "The codes, newest first")
    List<AdvantageCodeView> codes() {
        return reader.all();
    }

    @Post
    @JsonBodyProblems
    @Operation(operationId = "createAdvantageCode", summary = "Creates an advantage code",
            description = "A percentage, an amount or free shipping; on some categories or all; from a minimum; "
                    + "between two days; with limits in all and per employee; for one employer or every one.")
    @ApiResponse(responseCode = "201", description = "The new code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdvantageCodeView.class)))
    @ApiResponse(responseCode = "400", description = "request.invalid, each field at fault in errors: code missing "
            + "or not 3 to 20 letters and digits (advantage-code.invalid-format), benefit unknown, percent outside 1 to "
            + "100 or amountCents outside 0.01 to 10,000.00 EUR for its benefit, unknown categories, a last day "
            + "before the first (advantage-code.ends-before-start), a limit outside 1 to 1,000,000, an unknown "
            + "employer (offer.employers-unknown)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "advantage-code.taken: a code of that name exists, disabled or not",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<AdvantageCodeView> create(@Parameter(hidden = true) CurrentUser admin,
                                           @Body AdvantageCodeRequest request) {
        AdvantageCodeDraft draft = new AdvantageCodeDraft(request.code(), request.benefit(), request.percent(),
                request.amountCents(), request.categories(), request.minimumCents(), request.validFrom(),
                request.expires(), request.totalLimit(), request.perEmployeeLimit(), request.employerId());
        return switch (createCode.create(admin.id(), draft)) {
            case CreateAdvantageCode.Created created -> HttpResponse.created(reader.find(created.id()).orElseThrow());
            case CreateAdvantageCode.Taken taken -> throw taken.refusal().toException();
        };
    }

    @Post("/{id}/disabling")
    @InvalidParameterProblem
    @MediaTypeProblem
    @Operation(operationId = "disableAdvantageCode", summary = "Disables an advantage code for every cart from now on",
            description = "Disabling a disabled code changes nothing.")
    @ApiResponse(responseCode = "200", description = "The disabled code")
    @ApiResponse(responseCode = "404", description = "resource.not-found: no such code",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    AdvantageCodeView disable(@Parameter(hidden = true) CurrentUser admin, @PathVariable long id) {
        return switch (disableCode.disable(admin.id(), id)) {
            case DisableAdvantageCode.Disabled disabled -> reader.find(disabled.id()).orElseThrow();
            case DisableAdvantageCode.NotFound notFound -> throw notFound.refusal().toException();
        };
    }
}
