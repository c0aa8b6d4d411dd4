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

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.allowance.expiry.DailyAllowanceJob;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.ledger.CheckLedger;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Not a test: prints how long confirming a campaign takes for 10,000 and for 100,000 employees on the embedded
 * MariaDB, then how long the daily job takes to expire the 10,000 grants of the first one, their balances back to the
 * budget (one EXPIRY movement per chunk of 500 grants). Its name keeps it out of the build's test run; run it with
 * {@code ./mvnw test -pl platform-api/server -am -Dtest=DistributionBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.distribution=true}.
 */
@NeedsInfrastructure
@EnabledIfSystemProperty(named = "benchmark.distribution", matches = "true")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistributionBenchmark implements TestPropertyProvider {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    private static final int SMALL = 10_000;
    private static final int LARGE = 100_000;

    @Inject
    AllowanceTestKit allowances;
    @Inject
    ConfirmCampaign confirmCampaign;
    @Inject
    PreviewCampaign previewCampaign;
    @Inject
    CampaignReader campaigns;
    @Inject
    CheckLedger checkLedger;
    @Inject
    Jdbc jdbc;
    @Inject
    DailyAllowanceJob dailyJob;

    private final MutableClock clock = new MutableClock(Instant.now());

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        return new HashMap<>(TestInfrastructure.get().micronautProperties("platform_benchmark"));
    }

    @Test
    void time_to_confirm_a_campaign_for_10_000_and_100_000_employees() {
        Employer employer = allowances.employer("Benchmark SA");
        for (int transfer = 0; transfer < 3; transfer++) {
            allowances.fund(employer, 6_000_000_00L); // 6 million euros, under the cap of a single top-up
        }
        long started = System.nanoTime();
        addEmployees(employer.id(), SMALL, "Dix mille");
        addEmployees(employer.id(), LARGE - SMALL, "Autres");
        System.out.printf("%n[benchmark] %,d employees created in %,d ms%n", LARGE, millisSince(started));
        CurrentUser hr = new CurrentUser(employer.hrId(), Role.HR_MANAGER, employer.id());

        measure(hr, SMALL, new CampaignRequest("GIFT_CHEQUE", "Noël 10k", 15_000, false, TODAY, TODAY.plusMonths(3),
                List.of("*"), null, "NOEL_SALARIE", "DEPARTMENT", "Dix mille", List.of()));
        measure(hr, LARGE, new CampaignRequest("GIFT_CHEQUE", "Noël 100k", 15_000, false, TODAY, TODAY.plusMonths(6),
                List.of("*"), null, "NOEL_SALARIE", "ALL", null, List.of()));

        long checkStarted = System.nanoTime();
        assertThat(checkLedger.check().consistent()).isTrue();
        System.out.printf("[benchmark] ledger check over %,d entries: %,d ms%n", allowances.count("ledger_entry"),
                millisSince(checkStarted));

        clock.advance(Duration.ofDays(TODAY.until(TODAY.plusMonths(3), java.time.temporal.ChronoUnit.DAYS) + 1));
        long expiryStarted = System.nanoTime();
        DailyAllowanceJob.Run run = dailyJob.run();
        long expiryMillis = millisSince(expiryStarted);
        assertThat(run.expired()).isEqualTo(SMALL);
        assertThat(checkLedger.check().consistent()).isTrue();
        long expiryMovements = jdbc.number("SELECT COUNT(*) FROM ledger_movement WHERE kind = 'EXPIRY'");
        assertThat(expiryMovements).isEqualTo(SMALL / 500);
        System.out.printf("[benchmark] daily job: %,d grants expired back to the budget in %,d ms (%,d per second), "
                + "%,d EXPIRY movements%n", run.expired(), expiryMillis,
                run.expired() * 1000L / Math.max(1, expiryMillis), expiryMovements);
    }

    private void measure(CurrentUser hr, int expected, CampaignRequest request) {
        CampaignDraft draft = CampaignViews.draft(request);
        long previewStarted = System.nanoTime();
        PreviewCampaign.Preview preview = previewCampaign.preview(hr, draft);
        long previewMillis = millisSince(previewStarted);
        long confirmStarted = System.nanoTime();
        ConfirmCampaign.Outcome outcome = confirmCampaign.confirm(hr, draft);
        long confirmMillis = millisSince(confirmStarted);
        long readStarted = System.nanoTime();
        long campaignId = ((ConfirmCampaign.Confirmed) outcome).campaignId();
        int grants = campaigns.find(hr.requireEmployerId(), campaignId).orElseThrow().grants();
        long readMillis = millisSince(readStarted);
        assertThat(preview.recipients()).isEqualTo(expected);
        assertThat(grants).isEqualTo(expected);
        System.out.printf("[benchmark] %,d employees: preview with URSSAF %,d ms, confirm %,d ms, campaign view %,d ms%n",
                expected, previewMillis, confirmMillis, readMillis);
    }

    private void addEmployees(long employerId, int count, String department) {
        Instant now = Instant.now();
        String prefix = department.replace(' ', '-').toLowerCase() + "-" + System.nanoTime();
        List<Object[]> accounts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            accounts.add(new Object[] {employerId, prefix + "-" + i + "@bench.example", Role.EMPLOYEE, "Prénom" + i,
                    "Nom" + i, "ACTIVE", "fr", now});
        }
        jdbc.insertRows("user_account", List.of("employer_id", "email", "role", "first_name", "last_name", "status",
                "language", "created_at"), accounts);
        List<Object[]> profiles = new ArrayList<>(count);
        jdbc.list("SELECT id, email FROM user_account WHERE email LIKE ?", row -> profiles.add(new Object[] {
                row.getLong("id"), employerId, "B-" + row.getLong("id"), row.getString("email"), department, now}),
                prefix + "-%");
        jdbc.insertRows("employee_profile", List.of("user_account_id", "employer_id", "employee_number",
                "work_email", "department", "updated_at"), profiles);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
