package org.openbenefits.contract.api.allowance;

import java.util.List;
import java.util.Optional;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/**
 * HR's allowance campaigns, within the caller's employer. Errors arrive as {@code HttpClientResponseException} whose
 * body reads as a {@link org.openbenefits.contract.api.ProblemDetail}; 404 (unknown id or another employer's) reads as
 * an empty {@code Optional} or {@code null}.
 */
@Client(id = "platform-api", path = "/api/v1/campaigns")
public interface CampaignApiClient {

    /** The employer's campaigns, newest first. */
    @Get
    List<CampaignView> list();

    @Get("/{id}")
    Optional<CampaignView> get(@PathVariable long id);

    /** Cost, budget and URSSAF assessment of a campaign, writing nothing; 400 request.invalid for bad input. */
    @Post("/preview")
    CampaignPreview preview(@Body CampaignRequest request);

    /**
     * Confirms the campaign (201): distributes its grants, debiting the budget. 400 request.invalid for bad input,
     * 409 budget.shortfall (its parameters say what is missing) or campaign.no-recipients; nothing is written then.
     */
    @Post
    CampaignView confirm(@Body CampaignRequest request);

    /** The campaign's grants, by employee name; {@code size} 1 to 200. */
    @Get("/{id}/grants")
    GrantPage grants(@PathVariable long id, @QueryValue int page, @QueryValue int size);

    /**
     * Revokes one grant of the employer: its remaining balance goes back to the budget. 409 grant.not-active when it
     * has already expired or been revoked.
     */
    @Post("/grants/{grantId}/revocation")
    GrantView revoke(@PathVariable long grantId);
}
