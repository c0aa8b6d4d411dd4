package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.audit.AuditEntryView;
import org.openbenefits.contract.api.audit.AuditPage;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.contract.api.manager.ManagerInvitationRequest;
import org.openbenefits.contract.api.manager.ManagerView;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.invitation.InviteUser;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** The audit log of HR actions, who reads it, and HR managers inviting one another. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditAndManagersTest implements TestPropertyProvider {

    @Inject
    IdentityTestKit kit;
    @Inject
    UserAccounts accounts;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_audit"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @Test
    void each_hr_action_leaves_one_audit_entry_newest_first_and_no_secret() {
        long employerId = kit.employer("Audit SA").id();
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        String token = kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        EmployeeView created = kit.read(kit.call(HttpRequest.POST("/api/v1/employees",
                EmployeeProfilesTest.request(EmployeeProfilesTest.uniqueEmail(), "A-1")).bearerAuth(token)),
                EmployeeView.class);
        String base = "/api/v1/employees/" + created.id();
        kit.call(HttpRequest.POST(base + "/invitation", "").bearerAuth(token));
        kit.call(HttpRequest.PUT(base, EmployeeProfilesTest.request(created.workEmail(), "A-2")).bearerAuth(token));
        kit.call(HttpRequest.POST(base + "/deactivation", "").bearerAuth(token));
        kit.call(HttpRequest.POST(base + "/reactivation", "").bearerAuth(token));

        AuditPage page = kit.read(kit.call(HttpRequest.GET("/api/v1/audit").bearerAuth(token)), AuditPage.class);

        assertThat(page.items()).extracting(AuditEntryView::action).containsExactly("EMPLOYEE_REACTIVATED",
                "EMPLOYEE_DEACTIVATED", "EMPLOYEE_EDITED", "INVITATION_RESENT", "EMPLOYEE_CREATED");
        assertThat(page.items()).allSatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(hr.id());
            assertThat(entry.employerId()).isEqualTo(employerId);
            assertThat(entry.target()).isEqualTo("employee:" + created.id());
        });
        String link = kit.lastNotification(created.workEmail(), InviteUser.EMPLOYEE_TEMPLATE).parameters().get("link");
        assertThat(kit.call(HttpRequest.GET("/api/v1/audit").bearerAuth(token)).body())
                .doesNotContain(IdentityTestKit.tokenOf(link));
    }

    @Test
    void hr_reads_only_their_employers_entries_and_a_platform_admin_reads_all_or_filters() {
        long employerA = kit.employer("Lecture A").id();
        long employerB = kit.employer("Lecture B").id();
        String tokenA = hrToken(employerA);
        String tokenB = hrToken(employerB);
        kit.call(HttpRequest.POST("/api/v1/employees",
                EmployeeProfilesTest.request(EmployeeProfilesTest.uniqueEmail(), "L-1")).bearerAuth(tokenA));
        kit.call(HttpRequest.POST("/api/v1/employees",
                EmployeeProfilesTest.request(EmployeeProfilesTest.uniqueEmail(), "L-1")).bearerAuth(tokenB));
        UserAccountRow admin = kit.account(Role.PLATFORM_ADMIN, AccountStatus.ACTIVE, null);
        String adminToken = kit.signIn(admin.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();

        AuditPage seenByA = kit.read(kit.call(HttpRequest.GET("/api/v1/audit").bearerAuth(tokenA)), AuditPage.class);
        AuditPage filtered = kit.read(kit.call(HttpRequest.GET("/api/v1/audit?employerId=" + employerB)
                .bearerAuth(adminToken)), AuditPage.class);
        AuditPage all = kit.read(kit.call(HttpRequest.GET("/api/v1/audit?size=200").bearerAuth(adminToken)),
                AuditPage.class);
        Answer employee = kit.call(HttpRequest.GET("/api/v1/audit")
                .bearerAuth(kit.signIn(kit.activeEmployee().email(), IdentityTestKit.GOOD_PASSWORD).accessToken()));

        assertThat(seenByA.items()).extracting(AuditEntryView::employerId).containsOnly(employerA);
        assertThat(filtered.items()).extracting(AuditEntryView::employerId).containsOnly(employerB);
        assertThat(all.items()).extracting(AuditEntryView::employerId).contains(employerA, employerB);
        assertThat(employee.status()).isEqualTo(403);
    }

    @Test
    void a_support_agent_has_no_access_to_the_audit_log_with_or_without_an_employer() {
        long employerId = kit.employer("Support SA").id();
        UserAccountRow agent = kit.account(Role.SUPPORT_AGENT, AccountStatus.ACTIVE, null);
        String token = kit.signIn(agent.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();

        Answer all = kit.call(HttpRequest.GET("/api/v1/audit").bearerAuth(token));
        Answer oneEmployer = kit.call(HttpRequest.GET("/api/v1/audit?employerId=" + employerId).bearerAuth(token));

        assertThat(all.status()).isEqualTo(403);
        assertThat(kit.problem(all).code()).isEqualTo(GeneralRefusal.FORBIDDEN.code());
        assertThat(oneEmployer.status()).isEqualTo(403);
    }

    @Test
    void an_hr_manager_lists_the_managers_of_their_own_employer_only() throws Exception {
        long employerId = kit.employer("Liste managers SA").id();
        UserAccountRow me = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, kit.employer("Autre liste SA").id());
        kit.account(Role.EMPLOYEE, AccountStatus.ACTIVE, employerId);
        String token = kit.signIn(me.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        kit.call(HttpRequest.POST("/api/v1/managers",
                new ManagerInvitationRequest("Aline", "Abel", "rh-" + EmployeeProfilesTest.uniqueEmail()))
                .bearerAuth(token));

        Answer answer = kit.call(HttpRequest.GET("/api/v1/managers").bearerAuth(token));

        assertThat(answer.status()).isEqualTo(200);
        List<ManagerView> managers = json.readValue(answer.body(), Argument.listOf(ManagerView.class));
        assertThat(managers).extracting(ManagerView::lastName).containsExactly("Abel", "Martin");
        assertThat(managers).extracting(ManagerView::status).containsExactly("INVITED", "ACTIVE");
    }

    @Test
    void an_hr_manager_invites_another_manager_of_the_same_employer() {
        long employerId = kit.employer("Managers SA").id();
        String token = hrToken(employerId);
        String email = "rh-" + EmployeeProfilesTest.uniqueEmail();

        Answer answer = kit.call(HttpRequest.POST("/api/v1/managers",
                new ManagerInvitationRequest("Hugo", "Bernard", email)).bearerAuth(token));
        Answer again = kit.call(HttpRequest.POST("/api/v1/managers",
                new ManagerInvitationRequest("Hugo", "Bernard", email)).bearerAuth(token));

        assertThat(answer.status()).isEqualTo(201);
        ManagerView manager = kit.read(answer, ManagerView.class);
        UserAccountRow account = accounts.findById(manager.id()).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.HR_MANAGER);
        assertThat(account.employerId()).isEqualTo(employerId);
        assertThat(account.status()).isEqualTo(AccountStatus.INVITED);
        NotificationRequested invitation = kit.lastNotification(email, InviteUser.MANAGER_TEMPLATE);
        assertThat(invitation.parameters()).containsKey("inviterName");
        assertThat(again.status()).isEqualTo(409);
        assertThat(kit.problem(again).code()).isEqualTo(EmployeeRefusal.MANAGER_EMAIL_TAKEN.code());
        assertThat(kit.problem(again).errors()).extracting(ProblemDetail.FieldError::field,
                ProblemDetail.FieldError::code).containsExactly(tuple("email", EmployeeRefusal.EMAIL_IN_USE.code()));
        AuditPage page = kit.read(kit.call(HttpRequest.GET("/api/v1/audit").bearerAuth(token)), AuditPage.class);
        assertThat(page.items()).extracting(AuditEntryView::action).containsExactly("MANAGER_INVITED");
    }

    private String hrToken(long employerId) {
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        return kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
    }
}
