package org.openbenefits.platform.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.allowance.CampaignPreview;
import org.openbenefits.contract.api.allowance.CampaignPreview.SubjectEmployee;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Before confirming a gift-cheque campaign, HR sees which employees would owe contributions, counting their earlier
 * gift cheques of the year (2026 threshold: 200 €).
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UrssafPreviewTest implements TestPropertyProvider {

    /** 15 June 2026, in the morning in Paris. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T08:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    UserAccounts accounts;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_urssaf"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    private static CampaignRequest giftFor(String name, long cents, LocalDate from, String event, List<Long> who) {
        return new CampaignRequest("GIFT_CHEQUE", name, cents, false, from, LocalDate.of(2026, 12, 31), List.of("*"),
                null, event, "LIST", null, who);
    }

    @Test
    void an_employee_whose_gift_cheques_of_the_year_cross_200_euros_shows_as_subject_with_the_amounts() {
        Employer employer = allowances.employer("URSSAF SA");
        allowances.fund(employer, 200_000);
        UserAccountRow earlier = kit.employeeWithProfile(employer.id());
        accounts.updateNames(earlier.id(), "Inès", "Avant");
        UserAccountRow fresh = kit.employeeWithProfile(employer.id());
        allowances.confirmed(employer, giftFor("Printemps", 15_000, TODAY, null, List.of(earlier.id())));
        allowances.confirmed(employer, giftFor("Fin 2025", 30_000, LocalDate.of(2025, 12, 1), null,
                List.of(fresh.id())));
        List<Long> both = List.of(earlier.id(), fresh.id());
        long campaignsBefore = allowances.count("allowance_campaign");

        CampaignPreview christmas = kit.read(kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview",
                giftFor("Noël", 10_000, TODAY, "NOEL_SALARIE", both)), CampaignPreview.class);
        CampaignPreview noEvent = kit.read(kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview",
                giftFor("Prime", 10_000, TODAY, null, both)), CampaignPreview.class);

        assertThat(christmas.recipients()).isEqualTo(2);
        assertThat(christmas.totalCostCents()).isEqualTo(20_000);
        assertThat(christmas.urssaf()).isNotNull();
        assertThat(christmas.urssaf().year()).isEqualTo(2026);
        assertThat(christmas.urssaf().thresholdCents()).isEqualTo(20_000);
        assertThat(christmas.urssaf().subjectEmployees()).isEqualTo(1);
        assertThat(christmas.urssaf().subjectAmountCents()).isEqualTo(15_000);
        assertThat(christmas.urssaf().subjectLines()).containsExactly(
                new SubjectEmployee(earlier.id(), "Inès Avant", 15_000, 10_000, 15_000));
        assertThat(noEvent.urssaf().subjectLines()).containsExactly(
                new SubjectEmployee(earlier.id(), "Inès Avant", 15_000, 10_000, 25_000));
        assertThat(allowances.count("allowance_campaign")).isEqualTo(campaignsBefore);
    }

    @Test
    void within_the_threshold_nobody_is_subject_and_other_kinds_have_no_assessment() {
        Employer employer = allowances.employer("Sous le seuil SA");
        allowances.fund(employer, 100_000);
        UserAccountRow employee = kit.employeeWithProfile(employer.id());

        CampaignPreview gift = kit.read(kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview",
                giftFor("Petit cadeau", 20_000, TODAY, null, List.of(employee.id()))), CampaignPreview.class);
        CampaignPreview subsidy = kit.read(kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview",
                AllowanceTestKit.subsidy("Cinéma", 500, TODAY, TODAY.plusDays(5), List.of(employee.id()))),
                CampaignPreview.class);

        assertThat(gift.urssaf().subjectEmployees()).isZero();
        assertThat(gift.urssaf().subjectLines()).isEmpty();
        assertThat(subsidy.urssaf()).isNull();
    }

    @Test
    void children_events_count_per_child() {
        Employer employer = allowances.employer("Par enfant SA");
        allowances.fund(employer, 100_000);
        UserAccountRow parent = kit.employeeWithProfile(employer.id());
        CampaignRequest perChild = new CampaignRequest("GIFT_CHEQUE", "Noël des enfants", 15_000, true, TODAY,
                LocalDate.of(2026, 12, 31), List.of("*"), null, "NOEL_ENFANT", "LIST", null, List.of(parent.id()));
        allowances.confirmed(employer, perChild);

        CampaignPreview again = kit.read(kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview", perChild),
                CampaignPreview.class);

        // Léa's Christmas gifts: 150 + 150 = 300 > 200, and the year's total exceeds the threshold too.
        assertThat(again.urssaf().subjectLines()).singleElement().satisfies(line -> {
            assertThat(line.earlierGiftChequesCents()).isEqualTo(15_000);
            assertThat(line.subjectCents()).isEqualTo(30_000);
        });
    }
}
