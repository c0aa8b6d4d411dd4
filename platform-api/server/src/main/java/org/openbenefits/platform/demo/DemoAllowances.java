package org.openbenefits.platform.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.catalogue.Category;
import org.openbenefits.platform.allowance.CampaignDraft;
import org.openbenefits.platform.allowance.CampaignReader;
import org.openbenefits.platform.allowance.ConfirmCampaign;
import org.openbenefits.platform.budget.BankTransfer;
import org.openbenefits.platform.budget.DecideTopUp;
import org.openbenefits.platform.budget.RecordTopUp;
import org.openbenefits.platform.budget.TopUpStatus;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.security.CurrentUser;

/**
 * The demo's money: ACME's budget funded by a confirmed transfer of 50 000,00 € ({@value #TOP_UP_REFERENCE}), and
 * for the demo employees a cinema subsidy (about three weeks left), a culture cheque (about five months) and a
 * Christmas gift cheque (until the end of next year), distributed through the same use cases as HR's, so that the
 * ledger is right. Idempotent: the transfer is found by its reference, the campaigns by their names.
 */
@Singleton
@Requires(property = "platform.demo-data.enabled", value = "true")
class DemoAllowances {

    static final String TOP_UP_REFERENCE = "VIR-DEMO-ACME";
    static final long TOP_UP_CENTS = 5_000_000;
    static final String CINEMA = "Séances de cinéma";
    static final String CULTURE = "Chèque culture";
    static final String CHRISTMAS = "Chèque cadeau de Noël";

    private final RecordTopUp recordTopUp;
    private final DecideTopUp decideTopUp;
    private final ConfirmCampaign confirmCampaign;
    private final CampaignReader campaigns;
    private final Jdbc jdbc;
    private final Clock clock;

    DemoAllowances(RecordTopUp recordTopUp, DecideTopUp decideTopUp, ConfirmCampaign confirmCampaign,
                   CampaignReader campaigns, Jdbc jdbc, Clock clock) {
        this.recordTopUp = recordTopUp;
        this.decideTopUp = decideTopUp;
        this.confirmCampaign = confirmCampaign;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void load(CurrentUser hr, long adminId, List<Long> employeeIds) {
        long employerId = hr.requireEmployerId();
        boolean funded = jdbc.number("SELECT COUNT(*) FROM budget_top_up WHERE employer_id = ? AND bank_reference = ?",
                employerId, TOP_UP_REFERENCE) > 0;
        if (!funded) {
            RecordTopUp.Recorded topUp = recordTopUp.record(hr, new BankTransfer(TOP_UP_CENTS, TOP_UP_REFERENCE));
            if (topUp.status() == TopUpStatus.PENDING) {
                decideTopUp.confirm(adminId, topUp.topUpId());
            }
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ParisFormats.PARIS);
        distribute(hr, new CampaignDraft("SUBSIDY", CINEMA, 3000, false, today, today.plusWeeks(3),
                List.of(Category.CINEMA.code()), 50, null, "LIST", null, employeeIds));
        distribute(hr, new CampaignDraft("CULTURE_CHEQUE", CULTURE, 8000, false, today, today.plusMonths(5),
                Category.culturalOnes().stream().map(Category::code).toList(), null, null, "LIST", null,
                employeeIds));
        distribute(hr, new CampaignDraft("GIFT_CHEQUE", CHRISTMAS, 15000, false, today,
                LocalDate.of(today.getYear() + 1, 12, 31), List.of("*"), null, "NOEL_SALARIE", "LIST", null,
                employeeIds));
    }

    private void distribute(CurrentUser hr, CampaignDraft draft) {
        if (campaigns.idByName(hr.requireEmployerId(), draft.name()).isEmpty()) {
            ConfirmCampaign.Outcome outcome = confirmCampaign.confirm(hr, draft);
            if (!(outcome instanceof ConfirmCampaign.Confirmed)) {
                throw new IllegalStateException("Demo campaign " + draft.name() + " refused: " + outcome);
            }
        }
    }
}
