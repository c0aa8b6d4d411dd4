package org.openbenefits.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.generated.client.ApiClient;
import org.openbenefits.generated.client.ApiException;
import org.openbenefits.generated.client.api.BudgetApi;
import org.openbenefits.generated.client.api.CampaignsApi;
import org.openbenefits.generated.client.api.EmployeesApi;
import org.openbenefits.generated.client.api.WalletApi;
import org.openbenefits.generated.client.model.BudgetView;
import org.openbenefits.generated.client.model.CampaignPreview;
import org.openbenefits.generated.client.model.CampaignRequest;
import org.openbenefits.generated.client.model.EmployeePage;
import org.openbenefits.generated.client.model.EmployeeView;
import org.openbenefits.generated.client.model.GrantView;
import org.openbenefits.generated.client.model.WalletView;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.employee.EmployeeProfileRow;
import org.openbenefits.platform.employee.EmployeeProfiles;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * An integrator's first steps, taken with nothing but the Java client generated from the published OpenAPI document
 * (see {@link GeneratedClient} and docs/api/generated-client.md): if the document does not say what the server does,
 * this client does not compile or cannot read the answers. The data is set up through the test kits, as in the other
 * tests; every call of the scenario goes through the generated client.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientSmokeTest implements TestPropertyProvider {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Inject
    EmbeddedServer server;
    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    EmployeeProfiles profiles;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(
                TestInfrastructure.get().micronautProperties("platform_generated_client"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @Test
    void a_client_generated_from_the_document_signs_in_lists_employees_reads_the_budget_previews_and_reads_a_wallet()
            throws ApiException {
        long employerId = kit.employer("Client généré SA").id();
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        Employer employer = new Employer(employerId, hr.id(),
                kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken());
        allowances.fund(employer, 100_000);
        UserAccountRow alice = kit.employeeWithProfile(employerId);
        UserAccountRow bruno = childlessEmployee(employerId);
        allowances.confirmed(employer, AllowanceTestKit.subsidy("Cinéma", 2_000, TODAY, TODAY.plusDays(30),
                List.of(alice.id())));

        ApiClient asHr = GeneratedClient.signedIn(server.getURL(), hr.email(), IdentityTestKit.GOOD_PASSWORD);
        EmployeePage employees = new EmployeesApi(asHr).listEmployees(null, null, null);
        BudgetView budget = new BudgetApi(asHr).getBudget();
        CampaignPreview preview = new CampaignsApi(asHr).previewCampaign(new CampaignRequest()
                .kind(CampaignRequest.KindEnum.CULTURE_CHEQUE).name("Culture").amountCents(8_000L).perChild(false)
                .validFrom(TODAY).validTo(TODAY.plusMonths(5)).categories(List.of("BOOKS"))
                .target(CampaignRequest.TargetEnum.ALL).employeeIds(List.of()));
        ApiClient asAlice = GeneratedClient.signedIn(server.getURL(), alice.email(), IdentityTestKit.GOOD_PASSWORD);
        WalletView wallet = new WalletApi(asAlice).getWallet();
        ApiClient asBruno = GeneratedClient.signedIn(server.getURL(), bruno.email(), IdentityTestKit.GOOD_PASSWORD);
        WalletView emptyWallet = new WalletApi(asBruno).getWallet();

        assertThat(employees.getTotal()).isEqualTo(2);
        assertThat(employees.getItems()).extracting(EmployeeView::getWorkEmail)
                .containsExactlyInAnyOrder(alice.email(), bruno.email());
        assertThat(employees.getItems()).allSatisfy(employee -> assertThat(employee.getStatus())
                .isEqualTo(EmployeeView.StatusEnum.ACTIVE));
        assertThat(employees.getItems()).filteredOn(employee -> alice.id().equals(employee.getId())).singleElement()
                .satisfies(employee -> assertThat(employee.getChildren()).extracting(child -> child.getFirstName())
                        .containsExactly("Léa"));
        assertThat(budget.getBalanceCents()).as("funded, less the cinema grant").isEqualTo(98_000);
        assertThat(budget.getPendingTopUpsCents()).isZero();
        assertThat(preview.getRecipients()).isEqualTo(2);
        assertThat(preview.getTotalCostCents()).isEqualTo(16_000);
        assertThat(preview.getBudgetBalanceCents()).isEqualTo(98_000);
        assertThat(preview.getShortfallCents()).isZero();
        assertThat(wallet.getGrants()).singleElement().satisfies(grant -> {
            assertThat(grant.getCampaignName()).isEqualTo("Cinéma");
            assertThat(grant.getKind()).isEqualTo(GrantView.KindEnum.SUBSIDY);
            assertThat(grant.getBalanceCents()).isEqualTo(2_000);
            assertThat(grant.getStatus()).isEqualTo(GrantView.StatusEnum.ACTIVE);
            assertThat(grant.getCategories()).containsExactly("CINEMA");
        });
        assertThat(Objects.requireNonNullElse(emptyWallet.getGrants(), List.of()))
                .as("none yet, whether the document calls the list optional or always sent").isEmpty();
    }

    /** An employee whose profile lists no child: empty lists are where documents and servers disagree most. */
    private UserAccountRow childlessEmployee(long employerId) {
        UserAccountRow account = kit.account(Role.EMPLOYEE, AccountStatus.ACTIVE, employerId);
        profiles.save(new EmployeeProfileRow(account.id(), employerId, "E-" + account.id(), account.email(), null,
                "Ventes", "Paris", "3 rue Oberkampf", null, "75011", "Paris", null, Instant.now()));
        return account;
    }
}
