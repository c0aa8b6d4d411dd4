package org.openbenefits.admin.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.allowance.BudgetStatement;
import org.openbenefits.contract.api.allowance.BudgetView;
import org.openbenefits.contract.api.allowance.CampaignPreview;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.CategoryView;
import org.openbenefits.contract.api.allowance.GrantPage;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.contract.api.allowance.LedgerCheckReport;
import org.openbenefits.contract.api.allowance.TopUpRequest;
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.domain.allowance.AllowanceRefusal;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.urssaf.SocialSecurityCeilings;
import org.openbenefits.portalcommon.testing.FakeProblems;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * A small platform-api of one employer's budget, campaigns and grants, and of the platform admins' top-up review and
 * ledger check, for the portal's component tests (see {@link FakeEmployeeApi}): same routes, JSON and problem+json
 * refusals as the contract's {@code BudgetApiClient}, {@code CampaignApiClient}, {@code CategoryApiClient} and
 * {@code PlatformLedgerApiClient}, refusals with the real API's codes, parameters and field codes
 * ({@link FakeProblems}). Its recipients are the {@link Recipient}s a test adds; its URSSAF assessment is the real
 * one without events: the threshold of the campaign's year from the domain's PMSS table
 * ({@link SocialSecurityCeilings}: 200 € in 2026), subject from the first euro, unknown for a year the table lacks.
 * It remembers each call and each campaign it was sent.
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Controller("/api/v1")
public class FakeAllowanceApi {

    public static final long EMPLOYER = 7;
    public static final String OTHER_EMPLOYERS_NAME = "Globex";
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:00Z");
    /** The fake's business day: a validity ending before it is over. */
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    /** platform-api's largest bank transfer (RecordTopUp): 10,000,000.00 EUR. */
    private static final long MAX_TOP_UP_CENTS = 1_000_000_000L;
    /** platform-api's largest bank reference (RecordTopUp). */
    private static final int REFERENCE_LENGTH = 80;
    private static final SocialSecurityCeilings CEILINGS = SocialSecurityCeilings.published();

    /** An employee campaigns reach, and the gift cheques they already received this year. */
    public record Recipient(long employeeId, String name, long earlierGiftChequesCents) {
    }

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<CampaignRequest> received = new CopyOnWriteArrayList<>();
    private final List<Recipient> recipients = new CopyOnWriteArrayList<>();
    private final List<TopUpView> topUps = new CopyOnWriteArrayList<>();
    private final List<BudgetStatement.Line> statement = new CopyOnWriteArrayList<>();
    private final Map<Long, CampaignView> campaigns = new ConcurrentHashMap<>();
    private final Map<Long, GrantView> grants = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(300);
    private volatile long balance;
    private volatile boolean confirmsAtOnce;
    private volatile LedgerCheckReport ledgerReport;
    private volatile long distributionMillis;
    private volatile boolean thresholdUnknown;

    public void reset() {
        calls.clear();
        received.clear();
        recipients.clear();
        topUps.clear();
        statement.clear();
        campaigns.clear();
        grants.clear();
        ids.set(300);
        balance = 0;
        confirmsAtOnce = false;
        distributionMillis = 0;
        thresholdUnknown = false;
        ledgerReport = new LedgerCheckReport(NOW, true, 0, 0, 0, List.of());
    }

    /** Each call received: method, path and query. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** The campaigns the portal asked to preview or confirm. */
    public List<CampaignRequest> received() {
        return List.copyOf(received);
    }

    /** Confirms top-ups as soon as HR records them, as the demo does. */
    public void confirmTopUpsAtOnce() {
        confirmsAtOnce = true;
    }

    /** Funds the budget with a confirmed top-up, as if a platform admin had confirmed it earlier. */
    public void fund(long cents, String reference) {
        TopUpView topUp = new TopUpView(ids.incrementAndGet(), EMPLOYER, "ACME", cents, reference, "CONFIRMED",
                "Camille Martin", NOW.minusSeconds(86_400), NOW.minusSeconds(3_600));
        topUps.addFirst(topUp);
        credit(cents, "TOP_UP", reference, null);
    }

    /** Adds a top-up waiting for a platform admin; {@code employerName} other than ACME belongs to another employer. */
    public TopUpView addPendingTopUp(String employerName, long cents, String reference) {
        TopUpView topUp = new TopUpView(ids.incrementAndGet(), "ACME".equals(employerName) ? EMPLOYER : 8,
                employerName, cents, reference, "PENDING", "Alex Durand", NOW, null);
        topUps.addFirst(topUp);
        return topUp;
    }

    public void addRecipient(long employeeId, String name, long earlierGiftChequesCents) {
        recipients.add(new Recipient(employeeId, name, earlierGiftChequesCents));
    }

    /** Makes the URSSAF assessment say that the year's PMSS is not known to the platform yet. */
    public void thresholdUnknown() {
        thresholdUnknown = true;
    }

    /** Makes each confirmation take this long, as distributing to many employees does. */
    public void distributeSlowly(long millis) {
        distributionMillis = millis;
    }

    public void answerLedgerCheck(LedgerCheckReport report) {
        ledgerReport = report;
    }

    public long balance() {
        return balance;
    }

    public List<TopUpView> topUps() {
        return List.copyOf(topUps);
    }

    // ---- Budget ----

    @Get("/budget")
    BudgetView budget(HttpRequest<?> request) {
        record(request);
        return new BudgetView(balance, topUps.stream().filter(t -> t.employerId() == EMPLOYER
                && "PENDING".equals(t.status())).mapToLong(TopUpView::amountCents).sum(),
                topUps.stream().filter(t -> t.employerId() == EMPLOYER).toList());
    }

    @Get("/budget/statement")
    BudgetStatement statement(HttpRequest<?> request, @QueryValue int page, @QueryValue int size) {
        record(request);
        List<BudgetStatement.Line> newestFirst = statement.reversed();
        int from = Math.min(page * size, newestFirst.size());
        return new BudgetStatement(balance, newestFirst.subList(from, Math.min(from + size, newestFirst.size())), page,
                size, newestFirst.size());
    }

    @Post("/budget/top-ups")
    HttpResponse<?> recordTopUp(HttpRequest<?> request, @Body TopUpRequest topUp) {
        record(request);
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        if (topUp.amountCents() <= 0) {
            errors.add(FakeProblems.field("amountCents", FieldCode.NOT_POSITIVE));
        } else if (topUp.amountCents() > MAX_TOP_UP_CENTS) {
            errors.add(FakeProblems.field("amountCents", AllowanceRefusal.TOP_UP_AMOUNT_TOO_LARGE,
                    "max", FakeProblems.amount(MAX_TOP_UP_CENTS)));
        }
        if (topUp.bankReference() == null || topUp.bankReference().isBlank()) {
            errors.add(FakeProblems.field("bankReference", FieldCode.REQUIRED));
        } else if (topUp.bankReference().contains("\u202E")) {
            // as platform-api refuses a text with a right-to-left override (UserText), naming the character
            errors.add(FakeProblems.field("bankReference", FieldCode.BIDIRECTIONAL_CONTROL, "character", "U+202E"));
        } else if (topUp.bankReference().strip().length() > REFERENCE_LENGTH) {
            errors.add(FakeProblems.field("bankReference", FieldCode.TOO_LONG, "max", (long) REFERENCE_LENGTH));
        }
        if (!errors.isEmpty()) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST, errors, null));
        }
        TopUpView recorded = new TopUpView(ids.incrementAndGet(), EMPLOYER, "ACME", topUp.amountCents(),
                topUp.bankReference(), confirmsAtOnce ? "CONFIRMED" : "PENDING", "Camille Martin", NOW,
                confirmsAtOnce ? NOW : null);
        topUps.addFirst(recorded);
        if (confirmsAtOnce) {
            credit(topUp.amountCents(), "TOP_UP", topUp.bankReference(), null);
        }
        return HttpResponse.created(recorded);
    }

    // ---- Categories ----

    @Get("/categories")
    List<CategoryView> categories(HttpRequest<?> request) {
        record(request);
        return List.of(new CategoryView("CINEMA", true), new CategoryView("SHOWS", true),
                new CategoryView("MUSEUMS", true), new CategoryView("BOOKS", true), new CategoryView("MUSIC", true),
                new CategoryView("PARKS", false), new CategoryView("SPORTS", false),
                new CategoryView("GIFTCARDS", false));
    }

    // ---- Campaigns ----

    @Get("/campaigns")
    List<CampaignView> campaigns(HttpRequest<?> request) {
        record(request);
        return campaigns.values().stream().sorted(Comparator.comparing(CampaignView::id).reversed())
                .map(this::withFigures).toList();
    }

    @Get("/campaigns/{id}")
    HttpResponse<?> campaign(HttpRequest<?> request, @PathVariable long id) {
        record(request);
        CampaignView campaign = campaigns.get(id);
        return campaign == null ? notFound() : HttpResponse.ok(withFigures(campaign));
    }

    @Post("/campaigns/preview")
    HttpResponse<?> preview(HttpRequest<?> request, @Body CampaignRequest campaign) {
        record(request);
        received.add(campaign);
        HttpResponse<ProblemDetail> refusal = refusal(campaign);
        if (refusal != null) {
            return refusal;
        }
        List<Recipient> reached = reached(campaign);
        long cost = campaign.amountCents() * reached.size();
        return HttpResponse.ok(new CampaignPreview(reached.size(), cost, balance, Math.max(0, cost - balance),
                urssaf(campaign, reached)));
    }

    @Post("/campaigns")
    HttpResponse<?> confirm(HttpRequest<?> request, @Body CampaignRequest campaign) {
        record(request);
        received.add(campaign);
        HttpResponse<ProblemDetail> refusal = refusal(campaign);
        if (refusal != null) {
            return refusal;
        }
        List<Recipient> reached = reached(campaign);
        long cost = campaign.amountCents() * reached.size();
        pause(distributionMillis);
        if (reached.isEmpty()) {
            return FakeProblems.respond(AllowanceRefusal.CAMPAIGN_NO_RECIPIENTS);
        }
        if (cost > balance) {
            return FakeProblems.respond(AllowanceRefusal.BUDGET_SHORTFALL, "missing", FakeProblems.amount(cost - balance),
                    "cost", FakeProblems.amount(cost), "balance", FakeProblems.amount(balance));
        }
        long id = ids.incrementAndGet();
        CampaignView created = new CampaignView(id, campaign.kind(), campaign.name(), campaign.amountCents(),
                campaign.perChild(), campaign.validFrom(), campaign.validTo(), campaign.categories(),
                campaign.maxSharePercent(), campaign.urssafEvent(), campaign.target(), campaign.targetValue(),
                reached.size(), cost, cost, 0, "Camille Martin", NOW);
        campaigns.put(id, created);
        for (Recipient recipient : reached) {
            long grantId = ids.incrementAndGet();
            grants.put(grantId, new GrantView(grantId, id, campaign.name(), recipient.employeeId(), recipient.name(),
                    campaign.kind(), campaign.amountCents(), campaign.amountCents(), campaign.validFrom(),
                    campaign.validTo(), campaign.categories(), campaign.maxSharePercent(), campaign.urssafEvent(),
                    "ACTIVE", 30, NOW));
        }
        credit(-cost, "DISTRIBUTION", campaign.name(), id);
        return HttpResponse.created(created);
    }

    /** Spends part of a grant, as an order would. */
    public void spend(long grantId, long cents) {
        GrantView grant = grants.get(grantId);
        grants.put(grantId, with(grant, grant.balanceCents() - cents, grant.status()));
    }

    public List<GrantView> grantsOf(long campaignId) {
        return grants.values().stream().filter(grant -> grant.campaignId() == campaignId)
                .sorted(Comparator.comparing(GrantView::employeeName)).toList();
    }

    @Get("/campaigns/{id}/grants")
    HttpResponse<?> grants(HttpRequest<?> request, @PathVariable long id, @QueryValue int page,
                           @QueryValue int size) {
        record(request);
        if (!campaigns.containsKey(id)) {
            return notFound();
        }
        List<GrantView> all = grantsOf(id);
        int from = Math.min(page * size, all.size());
        return HttpResponse.ok(new GrantPage(all.subList(from, Math.min(from + size, all.size())), page, size,
                all.size()));
    }

    @Post("/campaigns/grants/{grantId}/revocation")
    HttpResponse<?> revoke(HttpRequest<?> request, @PathVariable long grantId) {
        record(request);
        GrantView grant = grants.get(grantId);
        if (grant == null) {
            return notFound();
        }
        if (!"ACTIVE".equals(grant.status())) {
            return FakeProblems.respond(AllowanceRefusal.GRANT_NOT_ACTIVE);
        }
        GrantView revoked = with(grant, 0, "REVOKED");
        grants.put(grantId, revoked);
        credit(grant.balanceCents(), "REVOCATION", grant.campaignName(), grant.campaignId());
        return HttpResponse.ok(revoked);
    }

    // ---- Platform admins ----

    @Get("/platform/top-ups")
    List<TopUpView> allTopUps(HttpRequest<?> request, @Nullable @QueryValue String status) {
        record(request);
        return topUps.stream().filter(topUp -> status == null || status.equals(topUp.status())).toList();
    }

    @Post("/platform/top-ups/{id}/confirmation")
    HttpResponse<?> confirmTopUp(HttpRequest<?> request, @PathVariable long id) {
        record(request);
        return decide(id, "CONFIRMED");
    }

    @Post("/platform/top-ups/{id}/rejection")
    HttpResponse<?> rejectTopUp(HttpRequest<?> request, @PathVariable long id) {
        record(request);
        return decide(id, "REJECTED");
    }

    @Post("/platform/ledger/check")
    LedgerCheckReport checkLedger(HttpRequest<?> request) {
        record(request);
        return ledgerReport;
    }

    private HttpResponse<?> decide(long id, String status) {
        TopUpView topUp = topUps.stream().filter(t -> t.id() == id).findFirst().orElse(null);
        if (topUp == null) {
            return notFound();
        }
        if (!"PENDING".equals(topUp.status())) {
            return FakeProblems.respond(AllowanceRefusal.TOP_UP_ALREADY_DECIDED);
        }
        TopUpView decided = new TopUpView(topUp.id(), topUp.employerId(), topUp.employerName(), topUp.amountCents(),
                topUp.bankReference(), status, topUp.requestedBy(), topUp.requestedAt(), NOW);
        topUps.set(topUps.indexOf(topUp), decided);
        if ("CONFIRMED".equals(status) && topUp.employerId() == EMPLOYER) {
            credit(topUp.amountCents(), "TOP_UP", topUp.bankReference(), null);
        }
        return HttpResponse.ok(decided);
    }

    // ---- Rules ----

    /** Some of platform-api's checks of a campaign (CampaignChecks), each field at fault with its code. */
    @Nullable
    private static HttpResponse<ProblemDetail> refusal(CampaignRequest campaign) {
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        if (campaign.name() == null || campaign.name().isBlank()) {
            errors.add(FakeProblems.field("name", FieldCode.REQUIRED));
        }
        if (campaign.amountCents() <= 0) {
            errors.add(FakeProblems.field("amountCents", FieldCode.NOT_POSITIVE));
        }
        if (campaign.validTo() != null && campaign.validTo().isBefore(TODAY)) {
            errors.add(FakeProblems.field("validTo", AllowanceRefusal.CAMPAIGN_VALIDITY_OVER));
        }
        if ("LIST".equals(campaign.target()) && campaign.employeeIds().isEmpty()) {
            errors.add(FakeProblems.field("employeeIds", FieldCode.REQUIRED));
        }
        return errors.isEmpty() ? null
                : FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST, errors, null));
    }

    private static HttpResponse<ProblemDetail> notFound() {
        return FakeProblems.respond(GeneralRefusal.NOT_FOUND);
    }

    private List<Recipient> reached(CampaignRequest campaign) {
        return "LIST".equals(campaign.target())
                ? recipients.stream().filter(r -> campaign.employeeIds().contains(r.employeeId())).toList()
                : List.copyOf(recipients);
    }

    @Nullable
    private CampaignPreview.UrssafPreview urssaf(CampaignRequest campaign, List<Recipient> reached) {
        if (!"GIFT_CHEQUE".equals(campaign.kind())) {
            return null;
        }
        int year = campaign.validFrom().getYear();
        Optional<Money> yearsThreshold = CEILINGS.giftThreshold(Year.of(year));
        if (thresholdUnknown || yearsThreshold.isEmpty()) {
            return CampaignPreview.UrssafPreview.unknownThreshold(year);
        }
        long threshold = yearsThreshold.get().cents();
        List<CampaignPreview.SubjectEmployee> subject = reached.stream()
                .filter(r -> r.earlierGiftChequesCents() + campaign.amountCents() > threshold)
                .map(r -> new CampaignPreview.SubjectEmployee(r.employeeId(), r.name(), r.earlierGiftChequesCents(),
                        campaign.amountCents(), r.earlierGiftChequesCents() + campaign.amountCents()))
                .sorted(Comparator.comparing(CampaignPreview.SubjectEmployee::subjectCents).reversed())
                .toList();
        return new CampaignPreview.UrssafPreview(year, threshold, subject.size(),
                subject.stream().mapToLong(CampaignPreview.SubjectEmployee::subjectCents).sum(), subject, false);
    }

    private CampaignView withFigures(CampaignView campaign) {
        List<GrantView> its = grantsOf(campaign.id());
        long remaining = its.stream().filter(g -> "ACTIVE".equals(g.status())).mapToLong(GrantView::balanceCents).sum();
        long returned = statement.stream().filter(line -> "REVOCATION".equals(line.kind())
                && Long.valueOf(campaign.id()).equals(line.campaignId())).mapToLong(BudgetStatement.Line::amountCents).sum();
        return new CampaignView(campaign.id(), campaign.kind(), campaign.name(), campaign.amountCents(),
                campaign.perChild(), campaign.validFrom(), campaign.validTo(), campaign.categories(),
                campaign.maxSharePercent(), campaign.urssafEvent(), campaign.target(), campaign.targetValue(),
                campaign.grants(), campaign.distributedCents(), remaining, returned, campaign.createdBy(),
                campaign.createdAt());
    }

    private static GrantView with(GrantView grant, long balance, String status) {
        return new GrantView(grant.id(), grant.campaignId(), grant.campaignName(), grant.employeeId(),
                grant.employeeName(), grant.kind(), grant.amountCents(), balance, grant.validFrom(), grant.expiresOn(),
                grant.categories(), grant.maxSharePercent(), grant.urssafEvent(), status,
                "ACTIVE".equals(status) ? grant.daysLeft() : null, grant.grantedAt());
    }

    private synchronized void credit(long cents, String kind, String label, @Nullable Long campaignId) {
        balance += cents;
        statement.add(new BudgetStatement.Line(ids.incrementAndGet(), NOW.plusSeconds(statement.size() * 60L), kind,
                label, campaignId, cents, balance));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(HttpRequest<?> request) {
        calls.add(request.getMethodName() + " " + request.getUri());
    }
}
