package org.openbenefits.platform.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.allowance.BudgetStatement;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.allowance.expiry.DailyAllowanceJob;
import org.openbenefits.platform.allowance.expiry.RemindExpiringGrants;
import org.openbenefits.platform.budget.BudgetReader;
import org.openbenefits.platform.ledger.CheckLedger;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * A grant walked day by day with a controllable clock, the daily job run by two instances at once every day: three
 * reminders, each once, then its expiry with the balance back in the budget.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpiryAndRemindersTest implements TestPropertyProvider {

    /** 10 January 2026, 01:00 in Paris: after the 00:05 run. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T00:00:00Z"));
    private static final LocalDate START = LocalDate.of(2026, 1, 10);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 1);

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    DailyAllowanceJob job;
    @Inject
    GrantReader grants;
    @Inject
    BudgetReader budget;
    @Inject
    CheckLedger checkLedger;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_expiry"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        properties.put("platform.portals.employee-portal-url", "https://salaries.example/");
        return properties;
    }

    @Test
    void a_grant_gets_its_30_7_and_1_day_reminders_once_each_then_expires_back_to_the_budget() throws Exception {
        Employer employer = allowances.employer("Expiration SA");
        allowances.fund(employer, 10_000);
        UserAccountRow employee = kit.employeeWithProfile(employer.id());
        CampaignView campaign = allowances.confirmed(employer, AllowanceTestKit.subsidy("Cinéma d'hiver", 3_000,
                START, LAST_DAY, List.of(employee.id())));
        long grantId = grants.ofCampaign(employer.id(), campaign.id(), 0, 1).items().getFirst().id();
        assertThat(allowances.budgetBalance(employer.id())).isEqualTo(7_000);

        List<String> daysOfReminders = new ArrayList<>();
        for (LocalDate day = START; !day.isAfter(LAST_DAY.plusDays(3)); day = day.plusDays(1)) {
            int before = reminders(employee).size();
            runTwoInstancesAtOnce();
            if (reminders(employee).size() > before) {
                daysOfReminders.add(day.toString());
            }
            if (day.equals(LAST_DAY)) {
                GrantView lastDay = grants.find(employer.id(), grantId).orElseThrow();
                assertThat(lastDay.status()).isEqualTo("ACTIVE");
                assertThat(lastDay.daysLeft()).isZero();
            }
            clock.advance(Duration.ofDays(1));
        }

        assertThat(daysOfReminders).containsExactly("2026-01-30", "2026-02-22", "2026-02-28");
        List<NotificationRequested> sent = reminders(employee);
        assertThat(sent).extracting(mail -> mail.parameters().get("daysLeft")).containsExactly("30", "7", "1");
        assertThat(sent.getFirst().parameters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "firstName", "Camille",
                "campaignName", "Cinéma d'hiver",
                "kind", "SUBSIDY",
                "balance", "30,00\u00A0€",
                "expiresOn", "01/03/2026",
                "daysLeft", "30",
                "walletUrl", "https://salaries.example/mes-dotations"));
        assertThat(sent.getFirst().locale()).isEqualTo("fr");
        GrantView expired = grants.find(employer.id(), grantId).orElseThrow();
        assertThat(expired.status()).isEqualTo("EXPIRED");
        assertThat(expired.balanceCents()).isZero();
        assertThat(allowances.budgetBalance(employer.id())).isEqualTo(10_000);
        BudgetStatement statement = budget.statement(employer.id(), 0, 10);
        assertThat(statement.lines()).extracting(BudgetStatement.Line::kind)
                .containsExactly("EXPIRY", "DISTRIBUTION", "TOP_UP");
        assertThat(statement.lines().getFirst().amountCents()).isEqualTo(3_000);
        assertThat(statement.lines().getFirst().balanceAfterCents()).isEqualTo(10_000);

        long movements = allowances.count("ledger_movement");
        runTwoInstancesAtOnce();
        job.run();
        assertThat(allowances.count("ledger_movement")).isEqualTo(movements);
        assertThat(reminders(employee)).hasSize(3);
        assertThat(checkLedger.check().problems()).isEmpty();
    }

    @Test
    void a_grant_spent_or_emptied_gets_no_reminder() {
        Employer employer = allowances.employer("Sans solde SA");
        allowances.fund(employer, 10_000);
        UserAccountRow employee = kit.employeeWithProfile(employer.id());
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Paris"));
        CampaignView campaign = allowances.confirmed(employer, AllowanceTestKit.subsidy("Révoquée", 1_000, today,
                today.plusDays(7), List.of(employee.id())));
        long grantId = grants.ofCampaign(employer.id(), campaign.id(), 0, 1).items().getFirst().id();
        kit.postAs(employer.hrToken(), "/api/v1/campaigns/grants/" + grantId + "/revocation", "");

        job.run();

        assertThat(reminders(employee)).isEmpty();
    }

    private void runTwoInstancesAtOnce() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<DailyAllowanceJob.Run>> runs = instances.invokeAll(List.of(job::run, job::run));
            for (Future<DailyAllowanceJob.Run> run : runs) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
    }

    private List<NotificationRequested> reminders(UserAccountRow employee) {
        return kit.notificationsTo(employee.email()).stream()
                .filter(mail -> mail.template().equals(RemindExpiringGrants.TEMPLATE)).toList();
    }
}
