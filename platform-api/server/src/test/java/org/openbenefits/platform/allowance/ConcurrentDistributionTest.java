package org.openbenefits.platform.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.ledger.CheckLedger;
import org.openbenefits.platform.ledger.LedgerCheck;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * 50 distributions and revocations at once on one budget that cannot afford them all: some campaigns are refused,
 * none fails, every movement sums to zero, no balance goes negative, and budget plus grants still equal the top-ups.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentDistributionTest implements TestPropertyProvider {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    private static final int EMPLOYEES = 20;
    private static final int DISTRIBUTIONS = 30;

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    ConfirmCampaign confirmCampaign;
    @Inject
    RevokeGrant revokeGrant;
    @Inject
    GrantReader grants;
    @Inject
    CheckLedger checkLedger;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(
                TestInfrastructure.get().micronautProperties("platform_concurrency"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        properties.put("datasources.default.maximum-pool-size", "16");
        return properties;
    }

    @Test
    void fifty_parallel_distributions_and_revocations_keep_the_ledger_balanced_and_the_money_conserved()
            throws Exception {
        Employer employer = allowances.employer("Concurrence SA");
        allowances.fund(employer, 50_000);
        List<Long> employees = new ArrayList<>();
        for (int i = 0; i < EMPLOYEES; i++) {
            employees.add(kit.employeeWithProfile(employer.id()).id());
        }
        CampaignView first = allowances.confirmed(employer, AllowanceTestKit.subsidy("Première", 1_000, TODAY,
                TODAY.plusMonths(1), employees));
        List<Long> toRevoke = grants.ofCampaign(employer.id(), first.id(), 0, EMPLOYEES).items().stream()
                .map(GrantView::id).toList();
        CurrentUser hr = new CurrentUser(employer.hrId(), Role.HR_MANAGER, employer.id());

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < DISTRIBUTIONS; i++) {
            List<Long> pair = List.of(employees.get(i % EMPLOYEES), employees.get((i + 7) % EMPLOYEES));
            String name = "Campagne " + i;
            tasks.add(() -> {
                start.await();
                return confirmCampaign.confirm(hr, CampaignViews.draft(AllowanceTestKit.subsidy(name, 1_500, TODAY,
                        TODAY.plusMonths(1), pair)));
            });
        }
        for (long grantId : toRevoke) {
            tasks.add(() -> {
                start.await();
                return revokeGrant.revoke(hr, grantId);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Object>> futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        long confirmed = outcomes.stream().filter(ConfirmCampaign.Confirmed.class::isInstance).count();
        long refused = outcomes.stream().filter(ConfirmCampaign.InsufficientBudget.class::isInstance).count();
        long revoked = outcomes.stream().filter(RevokeGrant.Revoked.class::isInstance).count();
        assertThat(confirmed + refused).isEqualTo(DISTRIBUTIONS);
        assertThat(revoked).isEqualTo(EMPLOYEES);
        assertThat(refused).isPositive();
        assertThat(confirmed).isBetween(10L, 16L);
        assertThat(allowances.unbalancedMovements()).isZero();
        assertThat(allowances.negativeBalances()).isZero();
        long budget = allowances.budgetBalance(employer.id());
        long inGrants = allowances.grantBalances(employer.id());
        assertThat(budget + inGrants).isEqualTo(allowances.confirmedTopUps(employer.id())).isEqualTo(50_000);
        assertThat(inGrants).isEqualTo(confirmed * 3_000);
        LedgerCheck report = checkLedger.check();
        assertThat(report.problems()).isEmpty();
        assertThat(report.consistent()).isTrue();
    }
}
