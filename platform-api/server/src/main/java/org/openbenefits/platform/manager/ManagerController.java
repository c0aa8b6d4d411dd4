package org.openbenefits.platform.manager;

import java.util.List;

import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.manager.ManagerInvitationRequest;
import org.openbenefits.contract.api.manager.ManagerView;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.ProblemException;

/** HR managers of the caller's employer. */
@Controller("/api/v1/managers")
@Secured("HR_MANAGER")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Managers", description = "The employer's HR managers")
@SecurityRequirement(name = "bearerAuth")
class ManagerController {

    private final InviteManager inviteManager;
    private final UserAccounts accounts;

    ManagerController(InviteManager inviteManager, UserAccounts accounts) {
        this.inviteManager = inviteManager;
        this.accounts = accounts;
    }

    @Get
    @Operation(summary = "Lists the HR managers of the caller's employer, by name",
            description = "Status INVITED until the manager accepts the invitation, then ACTIVE.")
    List<ManagerView> list(@Parameter(hidden = true) CurrentUser hr) {
        return accounts.findByEmployerIdAndRole(hr.requireEmployerId(), Role.HR_MANAGER,
                        Sort.of(Sort.Order.asc("lastName"), Sort.Order.asc("firstName"), Sort.Order.asc("id")))
                .stream().map(ManagerController::view).toList();
    }

    @Post
    @Operation(summary = "Invites another HR manager of the caller's employer",
            description = "The account starts INVITED; the manager-invitation e-mail leads to the administration portal.")
    @ApiResponse(responseCode = "201", description = "The invited manager")
    @ApiResponse(responseCode = "409", description = "EMAIL_TAKEN",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<ManagerView> invite(@Parameter(hidden = true) CurrentUser hr,
                                     @Valid @Body ManagerInvitationRequest request) {
        return inviteManager.invite(hr, request)
                .map(manager -> HttpResponse.created(view(manager)))
                .orElseThrow(() -> ProblemException.onField(HttpStatus.CONFLICT, ProblemCodes.EMAIL_TAKEN, "email",
                        "Cette adresse e-mail est déjà utilisée par un autre compte : vérifiez-la.")
                        .titled("Adresse déjà utilisée"));
    }

    private static ManagerView view(UserAccountRow manager) {
        return new ManagerView(manager.id(), manager.firstName(), manager.lastName(), manager.email(),
                manager.status().name());
    }
}
