package org.openbenefits.admin.campaigns;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.admin.web.Paging;
import org.openbenefits.contract.api.allowance.CampaignApiClient;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;

/**
 * Revoking a grant of a campaign: a confirmation page ({@code /campagnes/{id}/dotations/{grantId}/revocation}) that
 * says where the unspent balance goes, then the revocation, which ends on the campaign's page with a confirmation.
 * A grant that expired or was revoked meanwhile gets the confirmation page again, saying so.
 */
@Controller(AdminPaths.CAMPAIGNS + "/{id}/dotations/{grantId}/revocation")
@ExecuteOn(TaskExecutors.BLOCKING)
class GrantRevocationController {

    static final String VIEW = "campaigns/revocation";

    private final CampaignApiClient campaigns;
    private final ApiProblems problems;
    private final HttpLocaleResolver locales;

    GrantRevocationController(CampaignApiClient campaigns, ApiProblems problems, HttpLocaleResolver locales) {
        this.campaigns = campaigns;
        this.problems = problems;
        this.locales = locales;
    }

    /** {@code page} is the page of the campaign's grants where HR pressed "Révoquer" (from 1), to find it at once. */
    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirmation(@PathVariable long id, @PathVariable long grantId,
                                 @Nullable @QueryValue Integer page) {
        CampaignView campaign = EmployerCampaigns.find(campaigns, id);
        GrantView grant = EmployerCampaigns.findGrant(campaigns, id, grantId, Paging.apiPage(page),
                CampaignsController.PAGE_SIZE);
        return HttpResponse.ok(page(campaign, grant, Paging.apiPage(page) + 1, Form.empty()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> revoke(HttpRequest<?> request, @PathVariable long id, @PathVariable long grantId,
                           @Nullable @QueryValue Integer page) {
        CampaignView campaign = EmployerCampaigns.find(campaigns, id);
        GrantView grant = EmployerCampaigns.findGrant(campaigns, id, grantId, Paging.apiPage(page),
                CampaignsController.PAGE_SIZE);
        try {
            if (campaigns.revoke(grantId) == null) {
                throw EmployerCampaigns.notFound("No grant " + grantId + " at this employer");
            }
        } catch (HttpClientResponseException refusal) {
            int status = refusal.getStatus().getCode();
            if (status == 401 || status == 403 || status == 404 || status >= 500) {
                throw refusal;
            }
            // GRANT_NOT_ACTIVE: it expired or was revoked meanwhile; the page says so, with the grant as it is now.
            GrantView now = EmployerCampaigns.findGrant(campaigns, id, grantId, Paging.apiPage(page),
                    CampaignsController.PAGE_SIZE);
            return HttpResponse.status(refusal.getStatus())
                    .body(page(campaign, now, Paging.apiPage(page) + 1, Form.empty().reject(problems.of(refusal))));
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(AdminPaths.CAMPAIGNS + "/" + id
                + (page == null || page <= 1 ? "" : "?page=" + page)));
        // The balance just before the revocation is what went back to the budget.
        Flash.next(request, response, "campaigns.revoked", grant.employeeName(),
                Euros.format(grant.balanceCents(), locales.resolveOrDefault(request)));
        return response;
    }

    private static ModelAndView<Map<String, Object>> page(CampaignView campaign, GrantView grant, int page, Form form) {
        Map<String, Object> model = new HashMap<>();
        model.put("campaign", campaign);
        model.put("grant", grant);
        model.put("page", page);
        model.put("form", form);
        return new ModelAndView<>(VIEW, model);
    }
}
