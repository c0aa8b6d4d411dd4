package org.openbenefits.platform.wallet;

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
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.GrantPage;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.contract.api.allowance.WalletView;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** The employee's "Mes dotations": grants in spending order, totals per kind, history, days left. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalletTest implements TestPropertyProvider {

    /** 15 June 2026, 23:30 in Paris (21:30 UTC): still the 15th there. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T21:30:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_wallet"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @Test
    void the_wallet_lists_active_grants_in_spending_order_then_ended_ones_with_totals_and_history() {
        Employer employer = allowances.employer("Portefeuille SA");
        allowances.fund(employer, 100_000);
        UserAccountRow employee = kit.employeeWithProfile(employer.id());
        List<Long> me = List.of(employee.id());
        allowances.confirmed(employer, new CampaignRequest("GIFT_CHEQUE", "Noël", 15_000, false, TODAY,
                LocalDate.of(2026, 12, 31), List.of("*"), null, "NOEL_SALARIE", "LIST", null, me));
        allowances.confirmed(employer, new CampaignRequest("CULTURE_CHEQUE", "Culture", 8_000, false, TODAY,
                LocalDate.of(2026, 10, 31), List.of("BOOKS"), null, null, "LIST", null, me));
        allowances.confirmed(employer, AllowanceTestKit.subsidy("Cinéma tard", 2_000, TODAY, TODAY.plusDays(30), me));
        allowances.confirmed(employer, AllowanceTestKit.subsidy("Cinéma tôt", 1_000, TODAY, TODAY.plusDays(10), me));
        CampaignView revokedOne = allowances.confirmed(employer, AllowanceTestKit.subsidy("Annulée", 500, TODAY,
                TODAY.plusDays(5), me));
        long revokedGrant = kit.read(allowances.get(employer.hrToken(),
                "/api/v1/campaigns/" + revokedOne.id() + "/grants?page=0&size=5"), GrantPage.class)
                .items().getFirst().id();
        kit.postAs(employer.hrToken(), "/api/v1/campaigns/grants/" + revokedGrant + "/revocation", "");
        String token = kit.signIn(employee.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();

        WalletView wallet = kit.read(allowances.get(token, "/api/v1/me/wallet"), WalletView.class);

        assertThat(wallet.grants()).extracting(GrantView::campaignName)
                .containsExactly("Cinéma tôt", "Cinéma tard", "Culture", "Noël", "Annulée");
        assertThat(wallet.grants()).extracting(GrantView::status)
                .containsExactly("ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "REVOKED");
        assertThat(wallet.grants()).extracting(GrantView::daysLeft).containsExactly(10, 30, 138, 199, null);
        assertThat(wallet.grants().get(2).categories()).containsExactly("BOOKS");
        assertThat(wallet.totals()).containsExactly(new WalletView.KindTotal("SUBSIDY", 3_000),
                new WalletView.KindTotal("CULTURE_CHEQUE", 8_000), new WalletView.KindTotal("GIFT_CHEQUE", 15_000));
        assertThat(wallet.history()).hasSize(6);
        assertThat(wallet.history().getFirst()).satisfies(movement -> {
            assertThat(movement.kind()).isEqualTo("REVOCATION");
            assertThat(movement.grantId()).isEqualTo(revokedGrant);
            assertThat(movement.amountCents()).isEqualTo(-500);
        });
        assertThat(wallet.history()).extracting(WalletView.Movement::kind).last().isEqualTo("DISTRIBUTION");
        assertThat(allowances.get(employer.hrToken(), "/api/v1/me/wallet").status()).isEqualTo(403);
    }
}
