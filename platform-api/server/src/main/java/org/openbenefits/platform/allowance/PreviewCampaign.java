package org.openbenefits.platform.allowance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.CampaignPreview;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.allowance.Recipients.Recipient;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.security.CurrentUser;

/** What confirming a campaign would do: recipients, cost against the budget, URSSAF exposure. Writes nothing. */
@Singleton
public class PreviewCampaign {

    private final CampaignChecks checks;
    private final Recipients recipients;
    private final GiftChequeExposure exposure;
    private final Jdbc jdbc;
    private final Clock clock;

    PreviewCampaign(CampaignChecks checks, Recipients recipients, GiftChequeExposure exposure, Jdbc jdbc,
                    Clock clock) {
        this.checks = checks;
        this.recipients = recipients;
        this.exposure = exposure;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @throws org.openbenefits.platform.web.ProblemException 400 VALIDATION_FAILED for bad input */
    @Transactional(readOnly = true)
    public CampaignPreview preview(CurrentUser hr, CampaignRequest request) {
        long employerId = hr.requireEmployerId();
        CampaignSpec spec = checks.check(employerId, request,
                LocalDate.ofInstant(clock.instant(), ParisFormats.PARIS));
        List<Recipient> who = recipients.of(employerId, spec);
        Money total = Recipients.total(who);
        long balance = jdbc.number("SELECT balance_cents FROM ledger_account WHERE employer_id = ? "
                + "AND type = 'EMPLOYER_BUDGET' AND owner_id = 0", employerId);
        return new CampaignPreview(who.size(), total.cents(), balance, Math.max(0, total.cents() - balance),
                spec.kind() == AllowanceKind.GIFT_CHEQUE ? exposure.assess(employerId, spec, who) : null);
    }
}
