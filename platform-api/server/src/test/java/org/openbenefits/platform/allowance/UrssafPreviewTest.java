package org.openbenefits.platform.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.allowance.CampaignPreview;
import org.openbenefits.contract.api.allowance.CampaignPreview.SubjectEmployee;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.ledger.Ledger;
import org.openbenefits.platform.ledger.LedgerAccountType;
import org.openbenefits.platform.ledger.Movement;
import org.openbenefits.platform.ledger.MovementKind;
import org.openbenefits.platform.ledger.PostingResult;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Before confirming a gift-cheque campaign, HR sees which employees would owe contributions, counting their earlier
 * gift cheques of the year (2026 threshold: 200 €). URSSAF counts gift cheques by the year they are given: the
 * campaign by the day it is confirmed (today), earlier ones by the day they were granted, both in Paris.
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
    @Inject
    Jdbc jdbc;
    @Inject
    Ledger ledger;
    @Inject
    TransactionOperations<Connection> transactions;

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
        CampaignView lastYear = allowances.confirmed(employer, giftFor("Fin 2025", 30_000, LocalDate.of(2025, 12, 1),
                null, List.of(fresh.id())));
        givenAt(lastYear, "2025-12-01T09:00:00Z");
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
    void gift_cheques_count_in_the_paris_year_they_are_given_whatever_their_validity() {
        Employer employer = allowances.employer("Année URSSAF SA");
        allowances.fund(employer, 500_000);
        UserAccountRow employee = kit.employeeWithProfile(employer.id());
        // Confirmed today (2026) although valid from December 2025: given in 2026.
        allowances.confirmed(employer, giftFor("Rattrapage", 5_000, LocalDate.of(2025, 12, 1), null,
                List.of(employee.id())));
        // Granted on 1 January 2026 at 00:30 in Paris (still 2025 in UTC): given in 2026.
        givenAt(allowances.confirmed(employer, giftFor("Minuit", 3_000, TODAY, null, List.of(employee.id()))),
                "2025-12-31T23:30:00Z");
        // Granted on 31 December 2025 at 23:30 in Paris, valid in 2026: given in 2025, not counted.
        givenAt(allowances.confirmed(employer, giftFor("Réveillon", 7_000, TODAY, null, List.of(employee.id()))),
                "2025-12-31T22:30:00Z");
        // Valid only from January 2027, previewed today: given in 2026, under the 2026 threshold.
        CampaignRequest nextYear = new CampaignRequest("GIFT_CHEQUE", "Étrennes", 15_000, false,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 31), List.of("*"), null, null, "LIST", null,
                List.of(employee.id()));

        CampaignPreview preview = kit.read(kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview", nextYear),
                CampaignPreview.class);

        assertThat(preview.urssaf()).isNotNull();
        assertThat(preview.urssaf().year()).isEqualTo(2026);
        assertThat(preview.urssaf().thresholdIsUnknown()).isFalse();
        assertThat(preview.urssaf().thresholdCents()).isEqualTo(20_000);
        assertThat(preview.urssaf().subjectLines()).containsExactly(
                new SubjectEmployee(employee.id(), "Camille Martin", 8_000, 15_000, 23_000));
    }

    @Test
    void a_year_whose_pmss_is_not_known_yet_says_the_threshold_is_unknown_instead_of_nothing() {
        Duration toNextYear = Duration.between(clock.instant(), Instant.parse("2027-01-11T09:00:00Z"));
        clock.advance(toNextYear);
        try {
            Employer employer = allowances.employer("Seuil inconnu SA");
            UserAccountRow employee = kit.employeeWithProfile(employer.id());
            CampaignRequest gift = new CampaignRequest("GIFT_CHEQUE", "Galette", 25_000, false,
                    LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 31), List.of("*"), null, null, "LIST", null,
                    List.of(employee.id()));

            CampaignPreview preview = kit.read(kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview", gift),
                    CampaignPreview.class);

            assertThat(preview.recipients()).isEqualTo(1);
            assertThat(preview.urssaf()).isNotNull();
            assertThat(preview.urssaf().year()).isEqualTo(2027);
            assertThat(preview.urssaf().thresholdUnknown()).isTrue();
            assertThat(preview.urssaf().subjectEmployees()).isZero();
            assertThat(preview.urssaf().subjectLines()).isEmpty();
        } finally {
            clock.advance(toNextYear.negated());
        }
    }

    @Test
    void a_revoked_gift_cheque_counts_for_what_it_did_not_return() {
        Employer employer = allowances.employer("Révoqués SA");
        allowances.fund(employer, 500_000);
        UserAccountRow unspent = kit.employeeWithProfile(employer.id());
        accounts.updateNames(unspent.id(), "Ugo", "Intact");
        UserAccountRow partlySpent = kit.employeeWithProfile(employer.id());
        accounts.updateNames(partlySpent.id(), "Pia", "Entamé");
        long unspentGrant = onlyGrant(allowances.confirmed(employer,
                giftFor("Annulé", 15_000, TODAY, null, List.of(unspent.id()))));
        long spentGrant = onlyGrant(allowances.confirmed(employer,
                giftFor("Entamé", 15_000, TODAY, null, List.of(partlySpent.id()))));
        spend(employer.id(), spentGrant, 10_000);
        for (long grant : List.of(unspentGrant, spentGrant)) {
            assertThat(kit.postAs(employer.hrToken(), "/api/v1/campaigns/grants/" + grant + "/revocation", "")
                    .status()).isEqualTo(200);
        }

        CampaignPreview preview = kit.read(kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview",
                giftFor("Été", 15_000, TODAY, null, List.of(unspent.id(), partlySpent.id()))), CampaignPreview.class);
        CampaignPreview large = kit.read(kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview",
                giftFor("Été", 25_000, TODAY, null, List.of(unspent.id()))), CampaignPreview.class);

        // 150 € given, 50 € returned: 100 € still given, plus 150 € = 250 € > 200 €.
        assertThat(preview.urssaf().subjectLines()).containsExactly(
                new SubjectEmployee(partlySpent.id(), "Pia Entamé", 10_000, 15_000, 25_000));
        // Wholly returned: counts 0.
        assertThat(large.urssaf().subjectLines()).containsExactly(
                new SubjectEmployee(unspent.id(), "Ugo Intact", 0, 25_000, 25_000));
    }

    /** Moves a campaign's grants to another moment of granting, as if confirmed then. */
    private void givenAt(CampaignView campaign, String instant) {
        jdbc.update("UPDATE allowance_grant SET granted_at = ? WHERE campaign_id = ?", Instant.parse(instant),
                campaign.id());
    }

    private long onlyGrant(CampaignView campaign) {
        return jdbc.number("SELECT id FROM allowance_grant WHERE campaign_id = ?", campaign.id());
    }

    /** What checkout will do: part of a grant's balance goes to an order account, through the ledger. */
    private void spend(long employerId, long grantId, long cents) {
        transactions.executeWrite(status -> {
            long grantAccount = ledger.accountOf(employerId, LedgerAccountType.GRANT, grantId).orElseThrow();
            PostingResult result = ledger.openFunded(new Movement(employerId, MovementKind.DISTRIBUTION, null,
                    "Achat (test)", null), grantAccount, LedgerAccountType.ORDER,
                    List.of(new Ledger.NewAccount(900_000_000L + grantId, Money.ofCents(cents))));
            assertThat(result).isInstanceOf(PostingResult.Posted.class);
            return result;
        });
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
