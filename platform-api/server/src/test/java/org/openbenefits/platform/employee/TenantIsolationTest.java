package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.GrantPage;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Every API route that takes an id, asked by an HR manager of employer A with an id of employer B: always 404, never
 * 403, and B's data is left untouched. Add a row here for every new route that takes an id.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest implements TestPropertyProvider {

    /** A route, given employer B's ids. */
    record Route(String name, Function<Ids, MutableHttpRequest<?>> request) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Ids that belong to employer B. */
    record Ids(long employeeId, long employerId, long importJobId, long campaignId, long grantId) {
    }

    @Inject
    IdentityTestKit kit;
    @Inject
    UserAccounts accounts;
    @Inject
    AllowanceTestKit allowances;

    private String tokenOfA;
    private Ids idsOfB;
    private EmployeeView employeeOfB;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_tenancy"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @BeforeAll
    void twoEmployers() {
        long employerA = kit.employer("Employeur A").id();
        long employerB = kit.employer("Employeur B").id();
        tokenOfA = token(employerA);
        String tokenOfB = token(employerB);
        employeeOfB = kit.read(kit.call(HttpRequest.POST("/api/v1/employees",
                EmployeeProfilesTest.request(EmployeeProfilesTest.uniqueEmail(), "B-1")).bearerAuth(tokenOfB)),
                EmployeeView.class);
        ImportJobView importOfB = kit.read(kit.call(HttpRequest.POST("/api/v1/employee-imports",
                "prenom;nom;email;matricule\nJeanne;Bé;jeanne.be@employeur-b.example;B-2\n"
                        .getBytes(StandardCharsets.UTF_8)).contentType("text/csv").bearerAuth(tokenOfB)),
                ImportJobView.class);
        AllowanceTestKit.Employer hrOfB = new AllowanceTestKit.Employer(employerB, 0, tokenOfB);
        allowances.fund(hrOfB, 10_000);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        CampaignView campaignOfB = allowances.confirmed(hrOfB, AllowanceTestKit.subsidy("Cinéma B", 1_000, today,
                today.plusDays(30), List.of(employeeOfB.id())));
        long grantOfB = kit.read(allowances.get(tokenOfB, "/api/v1/campaigns/" + campaignOfB.id()
                + "/grants?page=0&size=1"), GrantPage.class).items().getFirst().id();
        idsOfB = new Ids(employeeOfB.id(), employerB, importOfB.id(), campaignOfB.id(), grantOfB);
    }

    static List<Route> routesTakingAnId() {
        return List.of(
                new Route("GET /employees/{id}", ids -> HttpRequest.GET("/api/v1/employees/" + ids.employeeId())),
                new Route("PUT /employees/{id}", ids -> HttpRequest.PUT("/api/v1/employees/" + ids.employeeId(),
                        EmployeeProfilesTest.request("pirate@example.org", "A-666"))),
                new Route("POST /employees/{id}/deactivation",
                        ids -> HttpRequest.POST("/api/v1/employees/" + ids.employeeId() + "/deactivation", "")),
                new Route("POST /employees/{id}/reactivation",
                        ids -> HttpRequest.POST("/api/v1/employees/" + ids.employeeId() + "/reactivation", "")),
                new Route("POST /employees/{id}/invitation",
                        ids -> HttpRequest.POST("/api/v1/employees/" + ids.employeeId() + "/invitation", "")),
                new Route("GET /employee-imports/{id}",
                        ids -> HttpRequest.GET("/api/v1/employee-imports/" + ids.importJobId())),
                new Route("GET /audit?employerId={id}",
                        ids -> HttpRequest.GET("/api/v1/audit?employerId=" + ids.employerId())),
                new Route("GET /campaigns/{id}", ids -> HttpRequest.GET("/api/v1/campaigns/" + ids.campaignId())),
                new Route("GET /campaigns/{id}/grants",
                        ids -> HttpRequest.GET("/api/v1/campaigns/" + ids.campaignId() + "/grants?page=0&size=10")),
                new Route("POST /campaigns/grants/{grantId}/revocation",
                        ids -> HttpRequest.POST("/api/v1/campaigns/grants/" + ids.grantId() + "/revocation", "")));
    }

    @ParameterizedTest(name = "{0} with another employer's id answers 404")
    @MethodSource("routesTakingAnId")
    void another_employers_id_is_not_found(Route route) {
        int invitationsBefore = kit.notificationsTo(employeeOfB.workEmail()).size();

        Answer answer = kit.call(route.request().apply(idsOfB).bearerAuth(tokenOfA));

        assertThat(answer.status()).isEqualTo(404);
        notFoundCode(route).ifPresent(code -> assertThat(kit.problem(answer).code()).isEqualTo(code));
        assertThat(answer.body()).doesNotContain(employeeOfB.workEmail()).doesNotContain(employeeOfB.lastName());
        UserAccountRow untouched = accounts.findById(employeeOfB.id()).orElseThrow();
        assertThat(untouched.status()).isEqualTo(AccountStatus.INVITED);
        assertThat(untouched.lastName()).isEqualTo(employeeOfB.lastName());
        assertThat(kit.notificationsTo(employeeOfB.workEmail())).hasSize(invitationsBefore);
        assertThat(allowances.grantBalances(idsOfB.employerId())).isEqualTo(1_000);
    }

    /** The code each area answers with; the campaigns' is the allowance area's, which its own tests assert. */
    private static Optional<String> notFoundCode(Route route) {
        if (route.name().contains("/imports/")) {
            return Optional.of(EmployeeRefusal.IMPORT_NOT_FOUND.code());
        }
        if (route.name().contains("/employees/")) {
            return Optional.of(EmployeeRefusal.NOT_FOUND.code());
        }
        if (route.name().contains("/audit")) {
            return Optional.of(GeneralRefusal.NOT_FOUND.code());
        }
        return Optional.empty();
    }

    private String token(long employerId) {
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        return kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
    }
}
