package org.openbenefits.platform.audit;

import java.util.Objects;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.audit.AuditPage;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.ProblemException;

/**
 * The audit log: HR managers read their employer's, platform admins everyone's. Support agents do not read it: they
 * act on people's data, and the log of those actions is for admins to check.
 */
@Controller("/api/v1/audit")
@Secured({"HR_MANAGER", "PLATFORM_ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit", description = "Who did what and when")
@SecurityRequirement(name = "bearerAuth")
class AuditController {

    private static final int MAX_PAGE_SIZE = 200;

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    @Get
    @Operation(summary = "Lists audit entries, newest first",
            description = "HR managers see their employer's entries only (another employerId is a 404); "
                    + "platform admins see all, or one employer's with employerId. Support agents and employees: 403.")
    @ApiResponse(responseCode = "403", description = "FORBIDDEN: support agents and employees",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    AuditPage list(@Parameter(hidden = true) CurrentUser user, @QueryValue @Nullable Long employerId,
                   @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        Pageable pageable = Pageable.from(Math.max(0, page), Math.clamp(size, 1, MAX_PAGE_SIZE),
                Sort.of(Sort.Order.desc("id")));
        Page<AuditEntryRow> found;
        if (user.role() == Role.PLATFORM_ADMIN) {
            found = employerId == null ? entries.findAll(pageable) : entries.findByEmployerId(employerId, pageable);
        } else {
            if (employerId != null && !Objects.equals(employerId, user.employerId())) {
                throw new ProblemException(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND,
                        "Cette entreprise n'existe pas, ou ce n'est pas la vôtre.").titled("Entreprise introuvable");
            }
            found = entries.findByEmployerId(user.requireEmployerId(), pageable);
        }
        return new AuditPage(found.getContent().stream().map(AuditEntryRow::toView).toList(), pageable.getNumber(),
                pageable.getSize(), found.getTotalSize());
    }
}
