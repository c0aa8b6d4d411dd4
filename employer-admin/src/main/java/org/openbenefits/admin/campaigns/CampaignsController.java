package org.openbenefits.admin.campaigns;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.admin.web.Paging;
import org.openbenefits.contract.api.allowance.CampaignApiClient;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.GrantPage;

/**
 * The employer's campaigns ({@code /campagnes}, newest first) and a campaign's page ({@code /campagnes/{id}}): its
 * parameters, where its money stands, and its grants, each active one with its "Révoquer" button.
 */
@Controller(AdminPaths.CAMPAIGNS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CampaignsController {

    static final int PAGE_SIZE = 25;

    private final CampaignApiClient campaigns;

    CampaignsController(CampaignApiClient campaigns) {
        this.campaigns = campaigns;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @View("campaigns/list")
    Map<String, Object> list() {
        return Map.of("campaigns", campaigns.list());
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    @View("campaigns/campaign")
    Map<String, Object> show(@PathVariable long id, @Nullable @QueryValue Integer page) {
        CampaignView campaign = EmployerCampaigns.find(campaigns, id);
        GrantPage grants = campaigns.grants(id, Paging.apiPage(page), PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("campaign", campaign);
        model.put("anyCategory", CampaignForm.ANY_CATEGORY);
        model.put("grants", grants);
        model.put("paging", Paging.of(grants.page(), PAGE_SIZE, grants.total(),
                n -> AdminPaths.CAMPAIGNS + "/" + id + "?page=" + n));
        return model;
    }
}
