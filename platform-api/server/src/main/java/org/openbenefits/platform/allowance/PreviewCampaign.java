package org.openbenefits.platform.allowance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.allowance.Recipients.Recipient;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.security.CurrentUser;

/** What confirming a campaign would do: recipients, cost against the budget, URSSAF exposure. Writes nothing. */
@Singleton
public class PreviewCampaign {

    /**
     * What confirming the campaign now would do.
     *
     * @param recipients how many employees would receive a grant
     * @param cost       what the campaign would take from the budget
     * @param balance    the budget now
     * @param urssaf     for gift cheques, the URSSAF exposure; empty for other kinds
     */
    public record Preview(int recipients, Money cost, Money balance, Optional<UrssafExposure> urssaf) {

        /** What the budget lacks; zero when it suffices. */
        public Money shortfall() {
            return cost.compareTo(balance) > 0 ? cost.minus(balance) : Money.ZERO;
        }
    }

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

    /** @throws Refused {@code request.invalid} naming each field at fault */
    @Transactional(readOnly = true)
    public Preview preview(CurrentUser hr, CampaignDraft draft) {
        long employerId = hr.requireEmployerId();
        CampaignSpec spec = checks.check(employerId, draft, LocalDate.ofInstant(clock.instant(), ParisFormats.PARIS));
        List<Recipient> who = recipients.of(employerId, spec);
        Money total = Recipients.total(who);
        Money balance = Money.ofCents(jdbc.number("SELECT balance_cents FROM ledger_account WHERE employer_id = ? "
                + "AND type = 'EMPLOYER_BUDGET' AND owner_id = 0", employerId));
        return new Preview(who.size(), total, balance, spec.kind() == AllowanceKind.GIFT_CHEQUE
                ? Optional.of(exposure.assess(employerId, spec, who)) : Optional.empty());
    }
}
