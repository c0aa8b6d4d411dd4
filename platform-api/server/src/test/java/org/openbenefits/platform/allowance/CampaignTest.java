package org.openbenefits.platform.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.allowance.BudgetStatement;
import org.openbenefits.contract.api.allowance.CampaignPreview;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.CategoryView;
import org.openbenefits.contract.api.allowance.GrantPage;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.employee.EmployeeChildRow;
import org.openbenefits.platform.employee.EmployeeChildren;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.ledger.CheckLedger;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** HR previews and confirms campaigns; grants are distributed through the ledger and can be revoked. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignTest implements TestPropertyProvider {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    UserAccounts accounts;
    @Inject
    EmployeeChildren children;
    @Inject
    CheckLedger checkLedger;
    @Inject
    JsonMapper json;
    @Inject
    Jdbc jdbc;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_campaigns"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @Test
    void confirming_distributes_one_grant_per_active_or_invited_employee_and_debits_the_budget() throws Exception {
        Employer employer = allowances.employer("Distribution SA");
        allowances.fund(employer, 100_000);
        UserAccountRow zoe = kit.employeeWithProfile(employer.id());
        accounts.updateNames(zoe.id(), "Zoé", "Zola");
        UserAccountRow adam = kit.employeeWithProfile(employer.id());
        accounts.updateNames(adam.id(), "Adam", "Abel");
        UserAccountRow invited = kit.employeeWithProfile(employer.id());
        accounts.updateStatus(invited.id(), "INVITED");
        UserAccountRow gone = kit.employeeWithProfile(employer.id());
        accounts.updateStatus(gone.id(), "DEACTIVATED");
        CampaignRequest request = new CampaignRequest("CULTURE_CHEQUE", "Culture 2026", 8_000, false, TODAY,
                TODAY.plusMonths(5), List.of("BOOKS", "CINEMA"), null, null, "ALL", null, List.of());

        CampaignPreview preview = kit.read(kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview", request),
                CampaignPreview.class);
        CampaignView campaign = allowances.confirmed(employer, request);

        assertThat(preview).isEqualTo(new CampaignPreview(3, 24_000, 100_000, 0, null));
        assertThat(campaign.grants()).isEqualTo(3);
        assertThat(campaign.distributedCents()).isEqualTo(24_000);
        assertThat(campaign.remainingCents()).isEqualTo(24_000);
        assertThat(campaign.categories()).containsExactly("BOOKS", "CINEMA");
        assertThat(allowances.budgetBalance(employer.id())).isEqualTo(76_000);
        GrantPage grants = kit.read(allowances.get(employer.hrToken(),
                "/api/v1/campaigns/" + campaign.id() + "/grants?page=0&size=10"), GrantPage.class);
        assertThat(grants.total()).isEqualTo(3);
        assertThat(grants.items()).extracting(GrantView::employeeName).first().isEqualTo("Adam Abel");
        assertThat(grants.items()).extracting(GrantView::employeeId).doesNotContain(gone.id());
        assertThat(grants.items()).allSatisfy(grant -> {
            assertThat(grant.balanceCents()).isEqualTo(8_000);
            assertThat(grant.status()).isEqualTo("ACTIVE");
            assertThat(grant.daysLeft()).isNotNull();
        });
        BudgetStatement statement = kit.read(allowances.get(employer.hrToken(),
                "/api/v1/budget/statement?page=0&size=10"), BudgetStatement.class);
        assertThat(statement.lines().getFirst()).satisfies(line -> {
            assertThat(line.kind()).isEqualTo("DISTRIBUTION");
            assertThat(line.campaignId()).isEqualTo(campaign.id());
            assertThat(line.amountCents()).isEqualTo(-24_000);
            assertThat(line.balanceAfterCents()).isEqualTo(76_000);
        });
        List<CampaignView> listed = json.readValue(allowances.get(employer.hrToken(), "/api/v1/campaigns").body(),
                Argument.listOf(CampaignView.class));
        assertThat(listed).extracting(CampaignView::id).containsExactly(campaign.id());
        assertThat(checkLedger.check().problems()).isEmpty();
    }

    @Test
    void per_child_gives_the_amount_for_each_child_under_26_at_the_end_of_the_year_and_nothing_without() {
        Employer employer = allowances.employer("Enfants SA");
        allowances.fund(employer, 100_000);
        UserAccountRow parent = kit.employeeWithProfile(employer.id());
        children.save(new EmployeeChildRow(null, parent.id(), "Paul", TODAY.minusYears(10)));
        children.save(new EmployeeChildRow(null, parent.id(), "Aîné", TODAY.withDayOfYear(1).minusYears(27)));
        UserAccountRow childless = kit.employeeWithProfile(employer.id());
        children.deleteByUserAccountId(childless.id());

        CampaignView campaign = allowances.confirmed(employer, new CampaignRequest("GIFT_CHEQUE", "Rentrée",
                5_000, true, TODAY, TODAY.plusMonths(1), List.of("*"), null, "RENTREE_SCOLAIRE", "ALL", null,
                List.of()));

        assertThat(campaign.grants()).isEqualTo(1);
        assertThat(campaign.distributedCents()).isEqualTo(10_000);
        assertThat(allowances.count("grant_beneficiary")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void childrens_christmas_counts_children_aged_16_or_less_in_the_year_and_back_to_school_those_under_26() {
        Employer employer = allowances.employer("Âges SA");
        allowances.fund(employer, 100_000);
        UserAccountRow parent = kit.employeeWithProfile(employer.id());
        children.deleteByUserAccountId(parent.id());
        int year = TODAY.getYear();
        children.save(new EmployeeChildRow(null, parent.id(), "Seize", LocalDate.of(year - 16, 12, 31)));
        children.save(new EmployeeChildRow(null, parent.id(), "DixSept", LocalDate.of(year - 17, 1, 1)));
        children.save(new EmployeeChildRow(null, parent.id(), "Vingt", LocalDate.of(year - 20, 6, 1)));
        children.save(new EmployeeChildRow(null, parent.id(), "Trente", LocalDate.of(year - 30, 6, 1)));

        CampaignPreview christmas = kit.read(kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview",
                perChild("NOEL_ENFANT", 1_000, parent.id())), CampaignPreview.class);
        CampaignPreview school = kit.read(kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview",
                perChild("RENTREE_SCOLAIRE", 1_000, parent.id())), CampaignPreview.class);

        assertThat(christmas.totalCostCents()).as("only Seize").isEqualTo(1_000);
        assertThat(school.totalCostCents()).as("Seize, DixSept and Vingt").isEqualTo(3_000);
    }

    @Test
    void children_named_alike_but_for_accents_and_case_born_the_same_day_are_one_share() {
        Employer employer = allowances.employer("Homonymes SA");
        allowances.fund(employer, 100_000);
        UserAccountRow parent = kit.employeeWithProfile(employer.id());
        children.deleteByUserAccountId(parent.id());
        LocalDate born = LocalDate.of(TODAY.getYear() - 5, 3, 14);
        children.save(new EmployeeChildRow(null, parent.id(), "Chloé", born));
        children.save(new EmployeeChildRow(null, parent.id(), "chloe ", born));
        children.save(new EmployeeChildRow(null, parent.id(), "Chloé", born.plusDays(1)));
        CampaignRequest request = perChild("NOEL_ENFANT", 4_000, parent.id());

        CampaignPreview preview = kit.read(kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview", request),
                CampaignPreview.class);
        Answer confirmed = allowances.confirm(employer, request);

        assertThat(preview.totalCostCents()).as("two children, not three").isEqualTo(8_000);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        CampaignView campaign = kit.read(confirmed, CampaignView.class);
        assertThat(campaign.distributedCents()).isEqualTo(8_000);
        assertThat(jdbc.list("SELECT b.child_first_name FROM grant_beneficiary b JOIN allowance_grant g "
                + "ON g.id = b.grant_id WHERE g.campaign_id = ? ORDER BY b.child_birth_date", row -> row.getString(1),
                campaign.id())).containsExactly("Chloé", "Chloé");
        assertThat(checkLedger.check().problems()).isEmpty();
    }

    private static CampaignRequest perChild(String event, long cents, long employeeId) {
        return new CampaignRequest("GIFT_CHEQUE", "Par enfant", cents, true, TODAY, TODAY.plusMonths(1),
                List.of("*"), null, event, "LIST", null, List.of(employeeId));
    }

    @Test
    void a_department_target_reaches_that_department_only() {
        Employer employer = allowances.employer("Services SA");
        allowances.fund(employer, 100_000);
        kit.employeeWithProfile(employer.id());

        Answer answer = allowances.confirm(employer, new CampaignRequest("SUBSIDY", "Marketing", 1_000, false, TODAY,
                TODAY.plusDays(10), List.of("CINEMA"), 50, null, "DEPARTMENT", "Marketing", List.of()));
        CampaignView accounting = allowances.confirmed(employer, new CampaignRequest("SUBSIDY", "Compta", 1_000, false,
                TODAY, TODAY.plusDays(10), List.of("CINEMA"), 50, null, "DEPARTMENT", "comptabilité", List.of()));

        assertThat(kit.problem(answer).code()).isEqualTo("campaign.no-recipients");
        assertThat(accounting.grants()).isEqualTo(1);
        assertThat(accounting.maxSharePercent()).isEqualTo(50);
        assertThat(accounting.targetValue()).isEqualTo("comptabilité");
    }

    @Test
    void revoking_returns_the_unspent_balance_to_the_budget_once() {
        Employer employer = allowances.employer("Révocation SA");
        allowances.fund(employer, 10_000);
        UserAccountRow employee = kit.employeeWithProfile(employer.id());
        CampaignView campaign = allowances.confirmed(employer, AllowanceTestKit.subsidy("Cinéma", 3_000, TODAY,
                TODAY.plusDays(20), List.of(employee.id())));
        GrantView grant = kit.read(allowances.get(employer.hrToken(),
                "/api/v1/campaigns/" + campaign.id() + "/grants?page=0&size=10"), GrantPage.class).items().getFirst();

        Answer revoked = kit.postAs(employer.hrToken(), "/api/v1/campaigns/grants/" + grant.id() + "/revocation", "");
        Answer again = kit.postAs(employer.hrToken(), "/api/v1/campaigns/grants/" + grant.id() + "/revocation", "");
        Answer unknown = kit.postAs(employer.hrToken(), "/api/v1/campaigns/grants/999999999/revocation", "");

        assertThat(revoked.status()).isEqualTo(200);
        GrantView view = kit.read(revoked, GrantView.class);
        assertThat(view.status()).isEqualTo("REVOKED");
        assertThat(view.balanceCents()).isZero();
        assertThat(view.daysLeft()).isNull();
        assertThat(grant.endedAt()).as("active").isNull();
        assertThat(view.endedAt()).as("revoked just now").isNotNull();
        assertThat(again.status()).isEqualTo(409);
        assertThat(kit.problem(again).code()).isEqualTo("grant.not-active");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(kit.problem(unknown).code()).isEqualTo("resource.not-found");
        assertThat(allowances.budgetBalance(employer.id())).isEqualTo(10_000);
        CampaignView after = kit.read(allowances.get(employer.hrToken(), "/api/v1/campaigns/" + campaign.id()),
                CampaignView.class);
        assertThat(after.remainingCents()).isZero();
        assertThat(after.returnedCents()).isEqualTo(3_000);
        BudgetStatement statement = kit.read(allowances.get(employer.hrToken(),
                "/api/v1/budget/statement?page=0&size=10"), BudgetStatement.class);
        assertThat(statement.lines()).extracting(BudgetStatement.Line::kind)
                .containsExactly("REVOCATION", "DISTRIBUTION", "TOP_UP");
        assertThat(checkLedger.check().problems()).isEmpty();
    }

    @Test
    void any_signed_in_user_reads_the_categories_with_the_cultural_ones_marked() throws Exception {
        Employer employer = allowances.employer("Catégories SA");

        List<CategoryView> categories = json.readValue(allowances.get(employer.hrToken(), "/api/v1/categories").body(),
                Argument.listOf(CategoryView.class));

        assertThat(categories).contains(new CategoryView("CINEMA", true), new CategoryView("GIFTCARDS", false));
        assertThat(allowances.get("not-a-token", "/api/v1/categories").status()).isEqualTo(401);
    }
}
