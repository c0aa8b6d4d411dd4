package org.openbenefits.platform.allowance;

import java.util.List;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import org.openbenefits.contract.api.allowance.CampaignPreview;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.GrantPage;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.InvalidParameterProblem;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.RoleOperations;
import org.openbenefits.platform.web.openapi.PageNumber;
import org.openbenefits.platform.web.openapi.PageSize;
import org.openbenefits.platform.web.openapi.MediaTypeProblem;

/** HR's allowance campaigns and their grants. Every route is confined to the caller's employer: other ids are 404. */
@Controller("/api/v1/campaigns")
@Secured("HR_MANAGER")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Campaigns", description = "Allowance campaigns: preview, confirmation, grants, revocation")
@ApiResponse(responseCode = "404", description = "resource.not-found: no such campaign or grant at the caller's "
        + "employer",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
class CampaignController {

    private static final int MAX_PAGE_SIZE = 200;

    private final CampaignReader campaigns;
    private final GrantReader grants;
    private final PreviewCampaign previewCampaign;
    private final ConfirmCampaign confirmCampaign;
    private final RevokeGrant revokeGrant;

    CampaignController(CampaignReader campaigns, GrantReader grants, PreviewCampaign previewCampaign,
                       ConfirmCampaign confirmCampaign, RevokeGrant revokeGrant) {
        this.campaigns = campaigns;
        this.grants = grants;
        this.previewCampaign = previewCampaign;
        this.confirmCampaign = confirmCampaign;
        this.revokeGrant = revokeGrant;
    }

    @Get
    @Operation(operationId = "listCampaigns", summary = "Lists the employer's campaigns, newest first")
    @ApiResponse(responseCode = "400", description = "request.malformed-json (or another request.body-... code): a "
            + "body that is not JSON, although this operation reads none",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "200", description = "The employer's campaigns, newest first")
    List<CampaignView> list(@Parameter(hidden = true) CurrentUser hr) {
        return campaigns.list(hr.requireEmployerId());
    }

    @Get("/{id}")
    @InvalidParameterProblem
    @Operation(operationId = "getCampaign", summary = "Shows one campaign and where its money stands")
    @ApiResponse(responseCode = "200", description = "The campaign")
    CampaignView get(@Parameter(hidden = true) CurrentUser hr, @PathVariable long id) {
        return campaigns.find(hr.requireEmployerId(), id).orElseThrow(CampaignController::campaignNotFound);
    }

    @Post("/preview")
    @JsonBodyProblems
    @Operation(operationId = "previewCampaign", summary = "Previews a campaign without writing anything",
            description = "Recipients, total cost against the budget and, for gift cheques, the URSSAF assessment "
                    + "counting each recipient's earlier gift cheques of the year.")
    @ApiResponse(responseCode = "400", description = "request.invalid, each field at fault in errors with its code",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "200", description = "What the campaign would give and cost; nothing written")
    CampaignPreview preview(@Parameter(hidden = true) CurrentUser hr, @Body CampaignRequest request) {
        return CampaignViews.preview(previewCampaign.preview(hr, CampaignViews.draft(request)));
    }

    @Post
    @JsonBodyProblems
    @Operation(operationId = "confirmCampaign",
            summary = "Confirms a campaign: distributes its grants, debiting the budget",
            description = "In one transaction; a refusal writes nothing.")
    @ApiResponse(responseCode = "201", description = "The confirmed campaign",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @ApiResponse(responseCode = "400", description = "request.invalid, each field at fault in errors with its code",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "budget.shortfall (parameters missing, cost, balance) or "
            + "campaign.no-recipients",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<CampaignView> confirm(@Parameter(hidden = true) CurrentUser hr, @Body CampaignRequest request) {
        return switch (confirmCampaign.confirm(hr, CampaignViews.draft(request))) {
            case ConfirmCampaign.Confirmed confirmed -> HttpResponse.created(
                    campaigns.find(hr.requireEmployerId(), confirmed.campaignId()).orElseThrow());
            case ConfirmCampaign.NotConfirmed refused -> throw refused.refusal().toException();
        };
    }

    @Get("/{id}/grants")
    @InvalidParameterProblem
    @Operation(operationId = "listCampaignGrants", summary = "Lists a campaign's grants, by employee name",
            description = "page counts from 0, size 1 to 200.")
    @ApiResponse(responseCode = "200", description = "A page of the campaign's grants, by employee name")
    GrantPage grants(@Parameter(hidden = true) CurrentUser hr, @PathVariable long id,
                     @QueryValue(defaultValue = "0") @PageNumber int page, @QueryValue(defaultValue = "50") @PageSize int size) {
        long employerId = hr.requireEmployerId();
        if (campaigns.idExists(employerId, id)) {
            return grants.ofCampaign(employerId, id, Math.max(0, page), Math.clamp(size, 1, MAX_PAGE_SIZE));
        }
        throw campaignNotFound();
    }

    @Post("/grants/{grantId}/revocation")
    @InvalidParameterProblem
    @MediaTypeProblem
    @Operation(operationId = "revokeGrant", summary = "Revokes a grant: its remaining balance goes back to the budget")
    @ApiResponse(responseCode = "409", description = "grant.not-active: expired or revoked already",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "200", description = "The revoked grant")
    GrantView revoke(@Parameter(hidden = true) CurrentUser hr, @PathVariable long grantId) {
        return switch (revokeGrant.revoke(hr, grantId)) {
            case RevokeGrant.Revoked revoked -> grants.find(hr.requireEmployerId(), revoked.grantId()).orElseThrow();
            case RevokeGrant.NotRevoked refused -> throw refused.refusal().toException();
        };
    }

    private static Refused campaignNotFound() {
        return Refusal.of(GeneralRefusal.NOT_FOUND).toException();
    }
}
