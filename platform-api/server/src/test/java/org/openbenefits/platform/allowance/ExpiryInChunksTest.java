package org.openbenefits.platform.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.allowance.BudgetStatement;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.allowance.expiry.DailyAllowanceJob;
import org.openbenefits.platform.budget.BudgetReader;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.ledger.CheckLedger;
import org.openbenefits.platform.ledger.LedgerCheck;
import org.openbenefits.platform.ledger.Ledger;
import org.openbenefits.platform.ledger.LedgerAccountType;
import org.openbenefits.platform.ledger.Movement;
import org.openbenefits.platform.ledger.MovementKind;
import org.openbenefits.platform.ledger.PostingResult;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The daily job returns a campaign's expired grants to the budget as ONE {@code EXPIRY} movement per chunk: one
 * statement line per campaign, whatever its size, once only, even with two instances at once, and a grant revoked
 * just before or during the run is neither expired twice nor paid back twice.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpiryInChunksTest implements TestPropertyProvider {

    private final MutableClock clock = new MutableClock();

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    DailyAllowanceJob job;
    @Inject
    GrantReader grants;
    @Inject
    RevokeGrant revokeGrant;
    @Inject
    BudgetReader budget;
    @Inject
    CheckLedger checkLedger;
    @Inject
    Ledger ledger;
    @Inject
    Jdbc jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(
                TestInfrastructure.get().micronautProperties("platform_expiry_chunks"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        properties.put("datasources.default.maximum-pool-size", "8");
        return properties;
    }

    @Test
    void each_campaign_comes_back_to_the_budget_as_one_expiry_line_once() throws Exception {
        Employer employer = allowances.employer("Expiration groupée SA");
        allowances.fund(employer, 100_000);
        List<Long> employees = employees(employer, 30);
        LocalDate today = today();
        CampaignView thirty = allowances.confirmed(employer, AllowanceTestKit.subsidy("Cinéma de printemps", 1_000,
                today, today.plusDays(5), employees));
        CampaignView five = allowances.confirmed(employer, AllowanceTestKit.subsidy("Cinéma d'été", 2_000, today,
                today.plusDays(5), employees.subList(0, 5)));
        CampaignView spentOut = allowances.confirmed(employer, AllowanceTestKit.subsidy("Tout dépensé", 500, today,
                today.plusDays(5), employees.subList(5, 7)));
        CampaignView later = allowances.confirmed(employer, AllowanceTestKit.subsidy("Plus tard", 700, today,
                today.plusDays(60), employees.subList(7, 10)));
        // Until checkout exists, spending is a grant's whole balance moved to an order account.
        List<Long> fiveGrants = grantIds(employer, five);
        spendAll(employer, fiveGrants.getFirst());
        for (long grantId : grantIds(employer, spentOut)) {
            spendAll(employer, grantId);
        }
        long spent = 2_000 + 2 * 500;
        assertThat(allowances.budgetBalance(employer.id())).isEqualTo(100_000 - 30_000 - 10_000 - 1_000 - 2_100);

        clock.advance(Duration.ofDays(6));
        List<DailyAllowanceJob.Run> runs = twoInstancesAtOnce();

        assertThat(runs.stream().mapToInt(DailyAllowanceJob.Run::expired).sum()).isEqualTo(30 + 5 + 2);
        List<BudgetStatement.Line> lines = budget.statement(employer.id(), 0, 50).lines();
        List<BudgetStatement.Line> expiries = lines.stream().filter(line -> line.kind().equals("EXPIRY")).toList();
        assertThat(expiries).extracting(BudgetStatement.Line::campaignId).containsExactly(five.id(), thirty.id());
        assertThat(expiries).extracting(BudgetStatement.Line::label)
                .containsExactly("Cinéma d'été", "Cinéma de printemps");
        assertThat(expiries).extracting(BudgetStatement.Line::amountCents).containsExactly(4 * 2_000L, 30 * 1_000L);
        assertThat(lines.getFirst()).isEqualTo(expiries.getFirst());
        long budgetNow = allowances.budgetBalance(employer.id());
        assertThat(expiries.getFirst().balanceAfterCents()).isEqualTo(budgetNow);
        assertThat(expiries.get(1).balanceAfterCents()).isEqualTo(budgetNow - 8_000);
        assertThat(lines).hasSize(1 + 4 + 2);
        assertThat(allowances.grantBalances(employer.id())).isEqualTo(2_100);
        assertThat(budgetNow).isEqualTo(allowances.confirmedTopUps(employer.id()) - 2_100 - spent)
                .isEqualTo(100_000 - 2_100 - spent);
        for (CampaignView campaign : List.of(thirty, five, spentOut)) {
            assertThat(grants.ofCampaign(employer.id(), campaign.id(), 0, 50).items()).allSatisfy(grant -> {
                assertThat(grant.status()).isEqualTo("EXPIRED");
                assertThat(grant.balanceCents()).isZero();
                assertThat(grant.endedAt()).isEqualTo(clock.instant());
            });
        }
        assertThat(grants.ofCampaign(employer.id(), later.id(), 0, 50).items()).extracting(GrantView::status)
                .containsOnly("ACTIVE");
        assertConsistent();

        long movements = allowances.count("ledger_movement");
        assertThat(job.run().expired()).isZero();
        assertThat(twoInstancesAtOnce()).extracting(DailyAllowanceJob.Run::expired).containsOnly(0);
        assertThat(allowances.count("ledger_movement")).isEqualTo(movements);
        assertThat(allowances.budgetBalance(employer.id())).isEqualTo(budgetNow);
        assertConsistent();
    }

    @Test
    void a_grant_revoked_before_or_while_the_job_runs_is_returned_once() throws Exception {
        Employer employer = allowances.employer("Révocation pendant l'expiration SA");
        allowances.fund(employer, 50_000);
        List<Long> employees = employees(employer, 10);
        LocalDate today = today();
        CampaignView campaign = allowances.confirmed(employer, AllowanceTestKit.subsidy("Révoquée en route", 1_000,
                today, today.plusDays(1), employees));
        List<Long> ids = grantIds(employer, campaign);
        CurrentUser hr = new CurrentUser(employer.hrId(), Role.HR_MANAGER, employer.id());
        clock.advance(Duration.ofDays(2));

        // Earlier the same day: past its last day but not expired yet, HR can still revoke it.
        assertThat(revokeGrant.revoke(hr, ids.getFirst())).isInstanceOf(RevokeGrant.Revoked.class);

        // During the run: the revocation holds its grant row, the job waits for it, then leaves that grant alone.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch revoking = new CountDownLatch(1);
            Future<RevokeGrant.Outcome> revocation = threads.submit(() -> transactions.executeWrite(status -> {
                RevokeGrant.Outcome outcome = revokeGrant.revoke(hr, ids.get(1));
                revoking.countDown();
                awaitLockWaits("allowance_grant", 1);
                return outcome;
            }));
            assertThat(revoking.await(20, TimeUnit.SECONDS)).isTrue();
            Future<DailyAllowanceJob.Run> run = threads.submit(job::run);
            assertThat(revocation.get(30, TimeUnit.SECONDS)).isInstanceOf(RevokeGrant.Revoked.class);
            assertThat(run.get(30, TimeUnit.SECONDS).expired()).isEqualTo(8);
        } finally {
            threads.shutdown();
        }

        assertThat(grants.find(employer.id(), ids.getFirst()).orElseThrow().status()).isEqualTo("REVOKED");
        assertThat(grants.find(employer.id(), ids.get(1)).orElseThrow().status()).isEqualTo("REVOKED");
        List<BudgetStatement.Line> lines = budget.statement(employer.id(), 0, 50).lines();
        assertThat(lines).extracting(BudgetStatement.Line::kind)
                .containsExactly("EXPIRY", "REVOCATION", "REVOCATION", "DISTRIBUTION", "TOP_UP");
        assertThat(lines.getFirst().amountCents()).isEqualTo(8 * 1_000);
        assertThat(lines.getFirst().balanceAfterCents()).isEqualTo(50_000);
        assertThat(allowances.budgetBalance(employer.id())).isEqualTo(allowances.confirmedTopUps(employer.id()))
                .isEqualTo(50_000);
        assertThat(allowances.grantBalances(employer.id())).isZero();
        assertConsistent();
    }

    @Test
    void a_revocation_arriving_while_the_job_holds_the_grant_finds_it_expired() throws Exception {
        Employer employer = allowances.employer("Expiration d'abord SA");
        allowances.fund(employer, 50_000);
        List<Long> employees = employees(employer, 6);
        LocalDate today = today();
        CampaignView campaign = allowances.confirmed(employer, AllowanceTestKit.subsidy("Expirée d'abord", 1_500,
                today, today.plusDays(1), employees));
        List<Long> ids = grantIds(employer, campaign);
        CurrentUser hr = new CurrentUser(employer.hrId(), Role.HR_MANAGER, employer.id());
        long budgetId = jdbc.number("SELECT id FROM ledger_account WHERE employer_id = ? AND type = 'EMPLOYER_BUDGET'",
                employer.id());
        clock.advance(Duration.ofDays(2));

        // A distribution holds the budget: the job locks the grants, then waits for the budget; a revocation then
        // waits for its grant row, held by the job. When the budget is free, both finish: no deadlock.
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch budgetHeld = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> holder = threads.submit(() -> transactions.executeWrite(status -> {
                jdbc.number("SELECT balance_cents FROM ledger_account WHERE id = ? FOR UPDATE", budgetId);
                budgetHeld.countDown();
                release.await(30, TimeUnit.SECONDS);
                return null;
            }));
            assertThat(budgetHeld.await(20, TimeUnit.SECONDS)).isTrue();
            Future<DailyAllowanceJob.Run> run = threads.submit(job::run);
            awaitLockWaits("ledger_account", 1);
            Future<RevokeGrant.Outcome> revocation = threads.submit(() -> revokeGrant.revoke(hr, ids.get(2)));
            awaitLockWaits("allowance_grant", 1);
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            assertThat(run.get(30, TimeUnit.SECONDS).expired()).isEqualTo(6);
            assertThat(revocation.get(30, TimeUnit.SECONDS))
                    .isEqualTo(new RevokeGrant.NotActive(GrantStatus.EXPIRED));
        } finally {
            threads.shutdown();
        }

        assertThat(budget.statement(employer.id(), 0, 50).lines()).extracting(BudgetStatement.Line::kind)
                .containsExactly("EXPIRY", "DISTRIBUTION", "TOP_UP");
        assertThat(allowances.budgetBalance(employer.id())).isEqualTo(50_000);
        assertThat(allowances.grantBalances(employer.id())).isZero();
        assertConsistent();
    }

    private List<Long> employees(Employer employer, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(kit.employeeWithProfile(employer.id()).id());
        }
        return ids;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Paris"));
    }

    private List<Long> grantIds(Employer employer, CampaignView campaign) {
        return grants.ofCampaign(employer.id(), campaign.id(), 0, 100).items().stream().map(GrantView::id).sorted()
                .toList();
    }

    /** Moves the grant's whole balance to a new order account, as a purchase would. */
    private void spendAll(Employer employer, long grantId) {
        transactions.executeWrite(status -> {
            long account = ledger.accountOf(employer.id(), LedgerAccountType.GRANT, grantId).orElseThrow();
            Money balance = ledger.lock(List.of(account)).get(account).balance();
            PostingResult result = ledger.openFunded(new Movement(employer.id(), MovementKind.DISTRIBUTION, null,
                    "Achat (test)", null), account, LedgerAccountType.ORDER,
                    List.of(new Ledger.NewAccount(grantId, balance)));
            assertThat(result).isInstanceOf(PostingResult.Posted.class);
            return null;
        });
    }

    /**
     * Waits until this many other connections to this database are running a locking read of the table: such a read
     * takes microseconds unless it waits for a row lock. (The process list shows one's own connections without the
     * PROCESS privilege that the InnoDB lock tables would need.)
     */
    private void awaitLockWaits(String table, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            long waiting = transactions.executeRead(status -> jdbc.number("""
                    SELECT COUNT(*) FROM information_schema.PROCESSLIST
                    WHERE DB = DATABASE() AND ID <> CONNECTION_ID() AND COMMAND = 'Query'
                    AND INFO LIKE ? AND INFO LIKE '%FOR UPDATE%'""", "%FROM " + table + "%"));
            if (waiting >= count) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Fewer than " + count + " locking read(s) of " + table + " waiting");
    }

    private List<DailyAllowanceJob.Run> twoInstancesAtOnce() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<DailyAllowanceJob.Run> runs = new ArrayList<>();
            for (Future<DailyAllowanceJob.Run> run : instances.invokeAll(
                    List.<Callable<DailyAllowanceJob.Run>>of(job::run, job::run))) {
                runs.add(run.get());
            }
            return runs;
        } finally {
            instances.shutdown();
        }
    }

    private void assertConsistent() {
        LedgerCheck report = checkLedger.check();
        assertThat(report.problems()).isEmpty();
        assertThat(report.consistent()).isTrue();
    }
}
