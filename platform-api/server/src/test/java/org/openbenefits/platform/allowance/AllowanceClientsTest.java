package org.openbenefits.platform.allowance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.allowance.BudgetApiClient;
import org.openbenefits.contract.api.allowance.CampaignApiClient;
import org.openbenefits.contract.api.allowance.CampaignPreview;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.CategoryApiClient;
import org.openbenefits.contract.api.allowance.GrantPage;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.contract.api.allowance.PlatformLedgerApiClient;
import org.openbenefits.contract.api.allowance.TopUpRequest;
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.contract.api.allowance.WalletApiClient;
import org.openbenefits.contract.api.allowance.WalletView;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.BearerTokenForClients;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;
import org.openbenefits.testkit.embedded.FreePorts;

/**
 * The allowance clients of the contract, as the portals use them, against the running server: every method once,
 * with the person's token passed on ({@link BearerTokenForClients}).
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllowanceClientsTest implements TestPropertyProvider {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));

    private final int port = FreePorts.next();

    @Inject
    IdentityTestKit kit;
    @Inject
    BearerTokenForClients bearer;
    @Inject
    BudgetApiClient budget;
    @Inject
    PlatformLedgerApiClient platform;
    @Inject
    CampaignApiClient campaigns;
    @Inject
    CategoryApiClient categories;
    @Inject
    WalletApiClient wallet;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(
                TestInfrastructure.get().micronautProperties("platform_allowance_clients"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        properties.put("micronaut.server.port", Integer.toString(port));
        properties.put("micronaut.http.services.platform-api.url", "http://127.0.0.1:" + port);
        return properties;
    }

    @Test
    void hr_funds_the_budget_runs_a_campaign_and_the_employee_sees_the_grant_through_the_clients() {
        long employerId = kit.employer("Clients Dotations SA").id();
        UserAccountRow employee = kit.employeeWithProfile(employerId);
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        UserAccountRow admin = kit.account(Role.PLATFORM_ADMIN, AccountStatus.ACTIVE, null);

        use(hr);
        TopUpView recorded = budget.recordTopUp(new TopUpRequest(50_000, "VIR-CLIENTS"));
        use(admin);
        assertThat(platform.topUps("PENDING")).extracting(TopUpView::id).contains(recorded.id());
        assertThat(platform.confirm(recorded.id()).status()).isEqualTo("CONFIRMED");
        HttpClientResponseException decided = assertThrows(HttpClientResponseException.class,
                () -> platform.reject(recorded.id()));
        assertThat(decided.getResponse().getBody(ProblemDetail.class).orElseThrow().code())
                .isEqualTo("top-up.already-decided");
        assertThat(platform.checkLedger().consistent()).isTrue();

        use(hr);
        assertThat(budget.budget().balanceCents()).isEqualTo(50_000);
        assertThat(categories.categories()).hasSize(8);
        CampaignRequest request = new CampaignRequest("CULTURE_CHEQUE", "Livres", 4_000, false, TODAY,
                TODAY.plusMonths(3), List.of("BOOKS"), null, null, "ALL", null, List.of());
        CampaignPreview preview = campaigns.preview(request);
        CampaignView confirmed = campaigns.confirm(request);
        GrantPage grants = campaigns.grants(confirmed.id(), 0, 10);
        assertThat(preview.recipients()).isEqualTo(1);
        assertThat(campaigns.list()).extracting(CampaignView::id).containsExactly(confirmed.id());
        assertThat(campaigns.get(confirmed.id())).isPresent();
        assertThat(campaigns.get(confirmed.id() + 1_000_000)).as("404 reads as empty").isEmpty();
        assertThat(budget.statement(0, 10).lines()).hasSize(2);

        use(employee);
        WalletView mine = wallet.wallet();
        assertThat(mine.grants()).extracting(GrantView::id).containsExactly(grants.items().getFirst().id());

        use(hr);
        assertThat(campaigns.revoke(grants.items().getFirst().id()).status()).isEqualTo("REVOKED");
        assertThat(budget.budget().balanceCents()).isEqualTo(50_000);
    }

    private void use(UserAccountRow account) {
        bearer.use(null);
        bearer.use(kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).accessToken());
    }
}
