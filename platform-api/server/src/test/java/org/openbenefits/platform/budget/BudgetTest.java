package org.openbenefits.platform.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.allowance.BudgetStatement;
import org.openbenefits.contract.api.allowance.BudgetView;
import org.openbenefits.contract.api.allowance.TopUpRequest;
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** HR records top-ups, a platform admin confirms or rejects them, and the budget and its statement follow. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetTest implements TestPropertyProvider {

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_budget"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @Test
    void a_recorded_top_up_waits_for_a_platform_admin_then_credits_the_budget() {
        Employer employer = allowances.employer("Budget SA");

        Answer recorded = kit.postAs(employer.hrToken(), "/api/v1/budget/top-ups",
                new TopUpRequest(500_000, " VIR-2026-11 "));

        assertThat(recorded.status()).isEqualTo(201);
        TopUpView pending = kit.read(recorded, TopUpView.class);
        assertThat(pending.status()).isEqualTo("PENDING");
        assertThat(pending.bankReference()).isEqualTo("VIR-2026-11");
        assertThat(pending.employerName()).isEqualTo("Budget SA");
        BudgetView before = kit.read(allowances.get(employer.hrToken(), "/api/v1/budget"), BudgetView.class);
        assertThat(before.balanceCents()).isZero();
        assertThat(before.pendingTopUpsCents()).isEqualTo(500_000);

        Answer listed = allowances.get(allowances.adminToken(), "/api/v1/platform/top-ups?status=PENDING");
        assertThat(listed.body()).contains("VIR-2026-11");
        Answer confirmed = kit.postAs(allowances.adminToken(),
                "/api/v1/platform/top-ups/" + pending.id() + "/confirmation", "");

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(kit.read(confirmed, TopUpView.class).status()).isEqualTo("CONFIRMED");
        BudgetView after = kit.read(allowances.get(employer.hrToken(), "/api/v1/budget"), BudgetView.class);
        assertThat(after.balanceCents()).isEqualTo(500_000);
        assertThat(after.pendingTopUpsCents()).isZero();
        BudgetStatement statement = kit.read(allowances.get(employer.hrToken(),
                "/api/v1/budget/statement?page=0&size=10"), BudgetStatement.class);
        assertThat(statement.lines()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo("TOP_UP");
            assertThat(line.label()).isEqualTo("VIR-2026-11");
            assertThat(line.amountCents()).isEqualTo(500_000);
            assertThat(line.balanceAfterCents()).isEqualTo(500_000);
        });
    }

    @Test
    void a_top_up_is_decided_once() {
        Employer employer = allowances.employer("Décision SA");
        TopUpView confirmed = allowances.fund(employer, 10_000);
        TopUpView other = kit.read(kit.postAs(employer.hrToken(), "/api/v1/budget/top-ups",
                new TopUpRequest(20_000, "VIR-REJET")), TopUpView.class);

        Answer again = kit.postAs(allowances.adminToken(),
                "/api/v1/platform/top-ups/" + confirmed.id() + "/rejection", "");
        Answer rejected = kit.postAs(allowances.adminToken(),
                "/api/v1/platform/top-ups/" + other.id() + "/rejection", "");
        Answer confirmAfterRejection = kit.postAs(allowances.adminToken(),
                "/api/v1/platform/top-ups/" + other.id() + "/confirmation", "");

        Answer unknown = kit.postAs(allowances.adminToken(), "/api/v1/platform/top-ups/999999/confirmation", "");

        assertThat(again.status()).isEqualTo(409);
        assertThat(kit.problem(again).code()).isEqualTo("top-up.already-decided");
        assertThat(kit.read(rejected, TopUpView.class).status()).isEqualTo("REJECTED");
        assertThat(confirmAfterRejection.status()).isEqualTo(409);
        assertThat(kit.problem(confirmAfterRejection).code()).isEqualTo("top-up.already-decided");
        assertThat(allowances.budgetBalance(employer.id())).isEqualTo(10_000);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(kit.problem(unknown).code()).isEqualTo("resource.not-found");
    }

    @Test
    @OutsideTheContract("sends a status the document's enum does not list, to see it refused")
    void an_unknown_status_filter_is_refused_naming_the_statuses_allowed() {
        Answer answer = allowances.get(allowances.adminToken(), "/api/v1/platform/top-ups?status=LOST");

        assertThat(answer.status()).isEqualTo(400);
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo("request.invalid");
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("status");
            assertThat(error.code()).isEqualTo("field.unknown-value");
            assertThat(error.parameters()).containsEntry("allowed", "PENDING, CONFIRMED, REJECTED");
        });
    }

    @Test
    @OutsideTheContract("a zero amount and no reference, to see both refused")
    void a_zero_amount_and_a_missing_reference_are_both_named() {
        Employer employer = allowances.employer("Saisie SA");
        long topUps = allowances.count("budget_top_up");

        Answer answer = kit.postAs(employer.hrToken(), "/api/v1/budget/top-ups", new TopUpRequest(0, " "));

        assertThat(answer.status()).isEqualTo(400);
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo("request.invalid");
        assertThat(problem.errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactlyInAnyOrder(tuple("amountCents", "field.not-positive"),
                        tuple("bankReference", "field.required"));
        assertThat(allowances.count("budget_top_up")).isEqualTo(topUps);
    }

    @Test
    @OutsideTheContract("an amount above the documented maximum, to see it refused")
    void a_top_up_over_ten_million_euros_is_refused_on_its_amount_and_writes_nothing() {
        Employer employer = allowances.employer("Gros virement SA");
        long topUps = allowances.count("budget_top_up");

        Answer over = kit.postAs(employer.hrToken(), "/api/v1/budget/top-ups",
                new TopUpRequest(1_000_000_001L, "VIR-TROP"));
        Answer huge = kit.postAs(employer.hrToken(), "/api/v1/budget/top-ups",
                new TopUpRequest(Long.MAX_VALUE, "VIR-MAX"));
        Answer atTheCap = kit.postAs(employer.hrToken(), "/api/v1/budget/top-ups",
                new TopUpRequest(1_000_000_000L, "VIR-CAP"));

        for (Answer answer : List.of(over, huge)) {
            assertThat(answer.status()).isEqualTo(400);
            ProblemDetail problem = kit.problem(answer);
            assertThat(problem.code()).isEqualTo("request.invalid");
            assertThat(problem.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("amountCents");
                assertThat(error.code()).isEqualTo("top-up.amount-too-large");
                assertThat(error.parameters()).isEqualTo(Map.of("max", "10000000.00"));
                assertThat(error.message()).startsWith("Un virement est limité à 10\u202F000\u202F000,00\u00A0€");
            });
        }
        assertThat(atTheCap.status()).as(atTheCap.body()).isEqualTo(201);
        assertThat(allowances.count("budget_top_up")).isEqualTo(topUps + 1);
    }

    @Test
    void only_hr_managers_use_the_budget_and_only_platform_admins_decide() {
        Employer employer = allowances.employer("Rôles SA");
        String employeeToken = kit.signIn(kit.account(Role.EMPLOYEE, AccountStatus.ACTIVE, employer.id()).email(),
                IdentityTestKit.GOOD_PASSWORD).accessToken();

        assertThat(allowances.get(employeeToken, "/api/v1/budget").status()).isEqualTo(403);
        assertThat(allowances.get(employer.hrToken(), "/api/v1/platform/top-ups").status()).isEqualTo(403);
        assertThat(kit.postAs(employer.hrToken(), "/api/v1/platform/ledger/check", "").status()).isEqualTo(403);
    }

    @Test
    void the_statement_runs_newest_first_with_the_balance_after_each_line_over_pages() throws Exception {
        Employer employer = allowances.employer("Relevé SA");
        allowances.fund(employer, 1_000);
        allowances.fund(employer, 2_000);
        allowances.fund(employer, 4_000);

        BudgetStatement first = kit.read(allowances.get(employer.hrToken(),
                "/api/v1/budget/statement?page=0&size=2"), BudgetStatement.class);
        BudgetStatement second = kit.read(allowances.get(employer.hrToken(),
                "/api/v1/budget/statement?page=1&size=2"), BudgetStatement.class);

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.balanceCents()).isEqualTo(7_000);
        assertThat(first.lines()).extracting(BudgetStatement.Line::amountCents).containsExactly(4_000L, 2_000L);
        assertThat(first.lines()).extracting(BudgetStatement.Line::balanceAfterCents).containsExactly(7_000L, 3_000L);
        assertThat(second.lines()).extracting(BudgetStatement.Line::balanceAfterCents).containsExactly(1_000L);
        List<TopUpView> all = json.readValue(allowances.get(allowances.adminToken(),
                "/api/v1/platform/top-ups").body(), Argument.listOf(TopUpView.class));
        assertThat(all).extracting(TopUpView::bankReference).contains("VIR-1000", "VIR-2000", "VIR-4000");
    }
}
