package org.openbenefits.platform.allowance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.allowance.AllowanceRefusal;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.allowance.Recipients.Recipient;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.ledger.EmployerAccounts;
import org.openbenefits.platform.ledger.Ledger;
import org.openbenefits.platform.ledger.LedgerAccountType;
import org.openbenefits.platform.ledger.Movement;
import org.openbenefits.platform.ledger.MovementKind;
import org.openbenefits.platform.ledger.PostingResult;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.security.CurrentUser;

/**
 * HR confirms a campaign. In ONE transaction: the budget account is locked, the cost checked against it, then the
 * campaign, its grants, one ledger account per grant and ONE distribution movement (budget to every grant) are
 * written with multi-row inserts. A refusal writes nothing.
 */
@Singleton
public class ConfirmCampaign {

    /** How a confirmation ended. */
    public sealed interface Outcome {
    }

    public record Confirmed(long campaignId, int grants, Money total) implements Outcome {
    }

    /** A confirmation refused: nothing was written. */
    public sealed interface NotConfirmed extends Outcome {

        /** The refusal, as every edge gives it. */
        Refusal refusal();
    }

    /** The target matches nobody (or, per child, nobody with an eligible child): {@code campaign.no-recipients}. */
    public record NoRecipients() implements NotConfirmed {

        @Override
        public Refusal refusal() {
            return Refusal.of(AllowanceRefusal.CAMPAIGN_NO_RECIPIENTS);
        }
    }

    /** The budget holds less than the campaign costs: {@code budget.shortfall}. */
    public record InsufficientBudget(Money cost, Money balance) implements NotConfirmed {

        public Money shortfall() {
            return cost.minus(balance);
        }

        @Override
        public Refusal refusal() {
            return Refusal.of(AllowanceRefusal.BUDGET_SHORTFALL, "missing", shortfall(), "cost", cost,
                    "balance", balance);
        }
    }

    private final CampaignChecks checks;
    private final Recipients recipients;
    private final CampaignWriter writer;
    private final Ledger ledger;
    private final Audit audit;
    private final Clock clock;

    ConfirmCampaign(CampaignChecks checks, Recipients recipients, CampaignWriter writer, Ledger ledger, Audit audit,
                    Clock clock) {
        this.checks = checks;
        this.recipients = recipients;
        this.writer = writer;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws Refused {@code request.invalid} naming each field at fault */
    @Transactional
    public Outcome confirm(CurrentUser hr, CampaignDraft draft) {
        long employerId = hr.requireEmployerId();
        Instant now = clock.instant();
        CampaignSpec spec = checks.check(employerId, draft, LocalDate.ofInstant(now, ParisFormats.PARIS));
        List<Recipient> who = recipients.of(employerId, spec);
        if (who.isEmpty()) {
            return new NoRecipients();
        }
        Money total = Recipients.total(who);
        EmployerAccounts accounts = ledger.employerAccounts(employerId);
        Money balance = ledger.lock(List.of(accounts.budgetId())).get(accounts.budgetId()).balance();
        if (balance.compareTo(total) < 0) {
            return new InsufficientBudget(total, balance);
        }
        long campaignId = writer.insertCampaign(employerId, spec, hr.id(), now);
        Map<Long, Long> grants = writer.insertGrants(employerId, campaignId, spec, who, now);
        List<Ledger.NewAccount> funded = who.stream()
                .map(recipient -> new Ledger.NewAccount(grants.get(recipient.employeeId()), recipient.amount()))
                .toList();
        PostingResult result = ledger.openFunded(new Movement(employerId, MovementKind.DISTRIBUTION, campaignId,
                spec.name(), hr.id()), accounts.budgetId(), LedgerAccountType.GRANT, funded);
        if (!(result instanceof PostingResult.Posted)) {
            throw new IllegalStateException("The budget is locked and suffices, yet the ledger refused: " + result);
        }
        audit.record(hr.id(), employerId, AuditAction.CAMPAIGN_CONFIRMED, "campaign:" + campaignId,
                spec.name() + " : " + who.size() + " dotation(s), " + total.format());
        return new Confirmed(campaignId, who.size(), total);
    }
}
