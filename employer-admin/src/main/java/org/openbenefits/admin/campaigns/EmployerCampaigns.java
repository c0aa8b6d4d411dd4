package org.openbenefits.admin.campaigns;

import java.util.Optional;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import org.openbenefits.contract.api.allowance.CampaignApiClient;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.GrantPage;
import org.openbenefits.contract.api.allowance.GrantView;

/**
 * Finding one of the signed-in HR manager's campaigns or grants. platform-api answers 404 for an unknown id and for
 * another employer's alike; the portal then shows its 404 page and reveals nothing more.
 */
final class EmployerCampaigns {

    /** The largest page platform-api serves. */
    private static final int SCAN_PAGE = 200;

    private EmployerCampaigns() {
    }

    /** The campaign, or the 404 page. */
    static CampaignView find(CampaignApiClient campaigns, long id) {
        return campaigns.get(id).orElseThrow(() -> notFound("No campaign " + id + " at this employer"));
    }

    /**
     * The grant of the campaign: first on the page of the campaign's list where HR saw it ({@code page}, from 0, of
     * {@code size}), then over the whole list, in case it moved meanwhile.
     */
    static GrantView findGrant(CampaignApiClient campaigns, long campaignId, long grantId, int page, int size) {
        GrantPage seen = campaigns.grants(campaignId, Math.max(page, 0), size);
        Optional<GrantView> grant = in(seen, grantId);
        for (int scan = 0; grant.isEmpty() && (long) scan * SCAN_PAGE < seen.total(); scan++) {
            grant = in(campaigns.grants(campaignId, scan, SCAN_PAGE), grantId);
        }
        return grant.orElseThrow(() -> notFound("No grant " + grantId + " in campaign " + campaignId));
    }

    private static Optional<GrantView> in(GrantPage page, long grantId) {
        return page.items().stream().filter(grant -> grant.id() == grantId).findFirst();
    }

    static HttpStatusException notFound(String what) {
        return new HttpStatusException(HttpStatus.NOT_FOUND, what);
    }
}
