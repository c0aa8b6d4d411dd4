package org.openbenefits.platform.allowance;

import org.openbenefits.contract.api.allowance.CampaignPreview;
import org.openbenefits.contract.api.allowance.CampaignPreview.SubjectEmployee;
import org.openbenefits.contract.api.allowance.CampaignPreview.UrssafPreview;
import org.openbenefits.contract.api.allowance.CampaignRequest;

/** The edge of the campaign use cases: the API's campaign request as a draft, a preview as the API shows it. */
final class CampaignViews {

    private CampaignViews() {
    }

    static CampaignDraft draft(CampaignRequest request) {
        return new CampaignDraft(request.kind(), request.name(), request.amountCents(), request.perChild(),
                request.validFrom(), request.validTo(), request.categories(), request.maxSharePercent(),
                request.urssafEvent(), request.target(), request.targetValue(), request.employeeIds());
    }

    static CampaignPreview preview(PreviewCampaign.Preview preview) {
        return new CampaignPreview(preview.recipients(), preview.cost().cents(), preview.balance().cents(),
                preview.shortfall().cents(), preview.urssaf().map(CampaignViews::urssaf).orElse(null));
    }

    private static UrssafPreview urssaf(UrssafExposure exposure) {
        return switch (exposure) {
            case UrssafExposure.ThresholdUnknown unknown -> UrssafPreview.unknownThreshold(unknown.year());
            case UrssafExposure.Assessed assessed -> UrssafPreview.assessed(assessed.year(),
                    assessed.threshold().cents(), assessed.subjectEmployees(), assessed.subjectAmount().cents(),
                    assessed.lines().stream().map(line -> new SubjectEmployee(line.employeeId(), line.name(),
                            line.earlier().cents(), line.thisCampaign().cents(), line.subject().cents())).toList());
        };
    }
}
