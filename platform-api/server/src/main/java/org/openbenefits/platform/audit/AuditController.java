package org.openbenefits.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import org.openbenefits.contract.api.audit.AuditPage;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.InvalidParameterProblem;
import org.openbenefits.platform.web.openapi.RoleOperations;
import org.openbenefits.platform.web.openapi.PageNumber;
import org.openbenefits.platform.web.openapi.PageSize;

/**
 * The audit log: HR managers read their employer's, platform admins everyone's. Support agents do not read it: they
 * act on people's data, and the log of those actions is for admins to check.
 */
@Controller("/api/v1/audit")
@Secured({"HR_MANAGER", "PLATFORM_ADMIN"})
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit", description = "Who did what and when")
class AuditController {

    private static final int MAX_PAGE_SIZE = 200;

    private final AuditReader reader;

    AuditController(AuditReader reader) {
        this.reader = reader;
    }

    @Get
    @InvalidParameterProblem
    @Operation(operationId = "listAuditEntries", summary = "Lists audit entries, newest first",
            description = "HR managers see their employer's entries only (another employerId is a 404); "
                    + "platform admins see all, or one employer's with employerId. Support agents and employees: 403.")
    @ApiResponse(responseCode = "404", description = "resource.not-found: an HR manager named another employer",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "access.forbidden: support agents and employees",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "200", description = "A page of entries, newest first")
    AuditPage list(@Parameter(hidden = true) CurrentUser user, @QueryValue @Nullable Long employerId,
                   @QueryValue(defaultValue = "0") @PageNumber int page, @QueryValue(defaultValue = "50") @PageSize int size) {
        return reader.page(user, employerId, Math.max(0, page), Math.clamp(size, 1, MAX_PAGE_SIZE))
                .orElseThrow(() -> Refusal.of(GeneralRefusal.NOT_FOUND).toException());
    }
}
