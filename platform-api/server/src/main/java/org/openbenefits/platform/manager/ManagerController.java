package org.openbenefits.platform.manager;

import java.util.List;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import jakarta.validation.Valid;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.manager.ManagerInvitationRequest;
import org.openbenefits.contract.api.manager.ManagerView;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.RoleOperations;

/** HR managers of the caller's employer: listed by {@link ManagerReader}, invited by {@link InviteManager}. */
@Controller("/api/v1/managers")
@Secured("HR_MANAGER")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Managers", description = "The employer's HR managers")
class ManagerController {

    private final InviteManager inviteManager;
    private final ManagerReader reader;

    ManagerController(InviteManager inviteManager, ManagerReader reader) {
        this.inviteManager = inviteManager;
        this.reader = reader;
    }

    @Get
    @Operation(operationId = "listManagers", summary = "Lists the HR managers of the caller's employer, by name",
            description = "Status INVITED until the manager accepts the invitation, then ACTIVE.")
    @ApiResponse(responseCode = "200", description = "The employer's HR managers, by name")
    List<ManagerView> list(@Parameter(hidden = true) CurrentUser hr) {
        return reader.list(hr.requireEmployerId());
    }

    @Post
    @JsonBodyProblems
    @Operation(operationId = "inviteManager", summary = "Invites another HR manager of the caller's employer",
            description = "The account starts INVITED; the manager-invitation e-mail leads to the administration portal.")
    @ApiResponse(responseCode = "201", description = "The invited manager",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagerView.class)))
    @ApiResponse(responseCode = "409", description = "manager.email-taken (field email)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<ManagerView> invite(@Parameter(hidden = true) CurrentUser hr,
                                     @Valid @Body ManagerInvitationRequest request) {
        InviteManager.Invitation invitation = new InviteManager.Invitation(request.firstName(), request.lastName(),
                request.email());
        return switch (inviteManager.invite(hr, invitation)) {
            case InviteManager.Invited invited -> HttpResponse.created(
                    reader.find(hr.requireEmployerId(), invited.managerId()).orElseThrow());
            case InviteManager.Declined declined -> throw declined.refusal().toException();
        };
    }
}
