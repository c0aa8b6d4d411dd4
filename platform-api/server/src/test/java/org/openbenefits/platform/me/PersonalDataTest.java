package org.openbenefits.platform.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail.FieldError;
import org.openbenefits.contract.api.allowance.WalletView;
import org.openbenefits.contract.api.audit.AuditEntryView;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.audit.AuditPage;
import org.openbenefits.contract.api.auth.RefreshRequest;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.api.employee.EmployeePage;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.contract.api.me.AccountDeletionRequest;
import org.openbenefits.contract.api.me.PersonalDataExport;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.me.ProfileUpdate;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The person's rights over their data (docs/domain-rules.md, "Personal data"): a complete export, and a deletion that anonymises. The server's
 * clock stands still and the tests take "today" from it, so that a test run across midnight in Paris names the same day
 * as the server (the export's file name, the campaigns' dates).
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataTest implements TestPropertyProvider {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MutableClock clock = new MutableClock();

    @Inject
    IdentityTestKit kit;
    @Inject
    UserAccounts accounts;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    TransactionOperations<Connection> transactions;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_personal"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @Test
    void the_export_holds_account_profile_children_sessions_and_audit_but_no_password_hash_nor_token() {
        AllowanceTestKit.Employer funder = allowances.employer("Export SA");
        long employerId = funder.id();
        UserAccountRow employee = kit.employeeWithProfile(employerId);
        allowances.fund(funder, 10_000);
        LocalDate today = today();
        allowances.confirmed(funder, AllowanceTestKit.subsidy("Cinéma", 2_500, today, today.plusMonths(1),
                List.of(employee.id())));
        SignInResponse session = kit.signIn(employee.email(), IdentityTestKit.GOOD_PASSWORD);
        kit.call(HttpRequest.PUT("/api/v1/me/profile", new ProfileUpdate(
                new ProfileAddress("5 rue Mercière", "Bâtiment B", "69002", "Lyon", null), "perso@example.org", "fr"))
                .bearerAuth(session.accessToken()));

        Answer answer = kit.call(HttpRequest.GET("/api/v1/me/data-export").bearerAuth(session.accessToken()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Content-Disposition")).hasValue("attachment; filename=\"mes-donnees-openbenefits-"
                + today + ".json\"");
        assertThat(answer.header("Cache-Control")).hasValue("no-store");
        assertThat(answer.body()).doesNotContain("argon2", "password", session.refreshToken(), session.accessToken());
        PersonalDataExport export = kit.read(answer, PersonalDataExport.class);
        assertThat(export.generatedAt()).isEqualTo(clock.instant());
        assertThat(export.account().id()).isEqualTo(employee.id());
        assertThat(export.account().email()).isEqualTo(employee.email());
        assertThat(export.account().firstName()).isEqualTo("Camille");
        assertThat(export.account().role()).isEqualTo("EMPLOYEE");
        assertThat(export.account().language()).isEqualTo("fr");
        assertThat(export.account().employerName()).isEqualTo("Export SA");
        assertThat(export.profile().employeeNumber()).isEqualTo("E-" + employee.id());
        assertThat(export.profile().address()).isEqualTo(
                new ProfileAddress("5 rue Mercière", "Bâtiment B", "69002", "Lyon", "FR"));
        assertThat(export.profile().deliveryEmail()).isEqualTo("perso@example.org");
        assertThat(export.children()).containsExactly(new PersonalDataExport.Child("Léa", LocalDate.of(2018, 5, 3)));
        assertThat(export.sessions()).hasSize(1);
        assertThat(export.sessions().getFirst().endReason()).isNull();
        assertThat(export.auditEntries()).extracting(AuditEntryView::action).containsExactly("PROFILE_EDITED");
        assertThat(export.allowances()).as("the allowances are the employee's data too").isNotNull();
        assertThat(export.allowances().grants()).singleElement().satisfies(grant -> {
            assertThat(grant.campaignName()).isEqualTo("Cinéma");
            assertThat(grant.balanceCents()).isEqualTo(2_500);
        });
        assertThat(export.allowances().history()).extracting(WalletView.Movement::kind).containsExactly("DISTRIBUTION");
        AuditEntryView exported = auditOf(employerId).items().getFirst();
        assertThat(exported.action()).isEqualTo("DATA_EXPORTED");
        assertThat(exported.actorId()).isEqualTo(employee.id());
        assertThat(exported.target()).isEqualTo("employee:" + employee.id());
    }

    @Test
    @OutsideTheContract("a deletion without the current password, to see it refused")
    void a_wrong_password_deletes_nothing_and_answers_403_on_the_current_password() {
        UserAccountRow employee = kit.employeeWithProfile(kit.employer("Hésitation SA").id());
        String token = kit.signIn(employee.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();

        Answer answer = kit.call(HttpRequest.POST("/api/v1/me/deletion",
                new AccountDeletionRequest("Pas-le-bon-mot-2")).bearerAuth(token));
        Answer empty = kit.call(HttpRequest.POST("/api/v1/me/deletion", new AccountDeletionRequest(""))
                .bearerAuth(token));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(kit.problem(answer).code()).isEqualTo(IdentityRefusal.DELETION_PASSWORD_INCORRECT.code());
        assertThat(kit.problem(answer).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("currentPassword", IdentityRefusal.PASSWORD_INCORRECT.code()));
        assertThat(kit.problem(empty).code()).isEqualTo(GeneralRefusal.INVALID_REQUEST.code());
        assertThat(kit.problem(empty).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("currentPassword", FieldCode.REQUIRED.code()));
        UserAccountRow untouched = accounts.findById(employee.id()).orElseThrow();
        assertThat(untouched.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(untouched.email()).isEqualTo(employee.email());
    }

    @Test
    void deleting_the_account_anonymises_it_ends_every_session_and_hr_sees_a_deleted_line() {
        AllowanceTestKit.Employer funder = allowances.employer("Départ SA");
        long employerId = funder.id();
        UserAccountRow employee = kit.employeeWithProfile(employerId);
        allowances.fund(funder, 10_000);
        LocalDate today = today();
        allowances.confirmed(funder, new CampaignRequest("GIFT_CHEQUE", "Noël des enfants", 3_000, true, today,
                today.plusMonths(2), List.of("*"), null, "NOEL_ENFANT", "LIST", null, List.of(employee.id())));
        String ofTheirGrants = "FROM grant_beneficiary b JOIN allowance_grant g ON g.id = b.grant_id "
                + "WHERE g.employee_id = " + employee.id();
        assertThat(count("SELECT COUNT(*) " + ofTheirGrants)).as("Léa's name and birth date").isEqualTo(1);
        long ledgerBefore = count("SELECT COALESCE(SUM(balance_cents), 0) FROM ledger_account WHERE employer_id = "
                + employerId);
        long entriesBefore = allowances.count("ledger_entry");
        String hrToken = kit.signIn(kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId).email(),
                IdentityTestKit.GOOD_PASSWORD).accessToken();
        SignInResponse other = kit.signIn(employee.email(), IdentityTestKit.GOOD_PASSWORD);
        SignInResponse session = kit.signIn(employee.email(), IdentityTestKit.GOOD_PASSWORD);
        kit.call(HttpRequest.PUT("/api/v1/me/profile", new ProfileUpdate(null, "perso-" + employee.id()
                + "@example.org", "fr")).bearerAuth(session.accessToken()));
        kit.post("/api/v1/auth/password-reset", Map.of("email", employee.email()));
        assertThat(kit.notificationsTo(employee.email())).isNotEmpty();

        Answer answer = kit.call(HttpRequest.POST("/api/v1/me/deletion",
                new AccountDeletionRequest(IdentityTestKit.GOOD_PASSWORD)).bearerAuth(session.accessToken()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(204);
        UserAccountRow deleted = accounts.findById(employee.id()).orElseThrow();
        assertThat(deleted.status()).isEqualTo(AccountStatus.DELETED);
        assertThat(deleted.firstName()).isEqualTo("Anonyme");
        assertThat(deleted.lastName()).isEqualTo("Anonyme");
        assertThat(deleted.email()).isEqualTo("deleted-" + employee.id() + "@invalid");
        assertThat(deleted.passwordHash()).isNull();
        assertThat(kit.signInAnswer(employee.email(), IdentityTestKit.GOOD_PASSWORD).status()).isEqualTo(401);
        assertThat(kit.post("/api/v1/auth/refresh", new RefreshRequest(session.refreshToken())).status())
                .isEqualTo(401);
        assertThat(kit.post("/api/v1/auth/refresh", new RefreshRequest(other.refreshToken())).status())
                .isEqualTo(401);
        assertThat(kit.notificationsTo(employee.email())).as("mails to the old address are forgotten").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM employee_child WHERE user_account_id = " + employee.id())).isZero();
        assertThat(count("SELECT COUNT(*) " + ofTheirGrants)).as("children of their grants forgotten").isZero();
        assertThat(count("SELECT COUNT(*) FROM allowance_grant WHERE amount_cents = 3000 AND employee_id = "
                + employee.id())).as("the grant stays").isEqualTo(1);
        assertThat(allowances.grantBalances(employerId)).isEqualTo(3_000);
        assertThat(count("SELECT COALESCE(SUM(balance_cents), 0) FROM ledger_account WHERE employer_id = "
                + employerId)).isEqualTo(ledgerBefore);
        assertThat(allowances.count("ledger_entry")).as("the ledger is untouched").isEqualTo(entriesBefore);
        assertThat(count("SELECT COUNT(*) FROM account_token WHERE user_account_id = " + employee.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM refresh_token WHERE revoked_at IS NULL AND user_account_id = "
                + employee.id())).isZero();

        EmployeeView seenByHr = kit.read(kit.call(HttpRequest.GET("/api/v1/employees/" + employee.id())
                .bearerAuth(hrToken)), EmployeeView.class);
        assertThat(seenByHr.status()).isEqualTo("DELETED");
        assertThat(seenByHr.firstName()).isEqualTo("Anonyme");
        assertThat(seenByHr.workEmail()).isEqualTo("deleted-" + employee.id() + "@invalid");
        assertThat(seenByHr.employeeNumber()).isEqualTo("SUPPRIME-" + employee.id());
        assertThat(seenByHr.department()).isNull();
        assertThat(seenByHr.address()).isNull();
        assertThat(seenByHr.children()).isEmpty();
        EmployeePage list = kit.read(kit.call(HttpRequest.GET("/api/v1/employees").bearerAuth(hrToken)),
                EmployeePage.class);
        assertThat(list.items()).extracting(EmployeeView::status).contains("DELETED");
        Answer edit = kit.call(HttpRequest.POST("/api/v1/employees/" + employee.id() + "/reactivation", "")
                .bearerAuth(hrToken));
        assertThat(edit.status()).as("the employee area refuses to reactivate a deleted account").isEqualTo(409);
        Answer profile = kit.call(HttpRequest.GET("/api/v1/me/profile").bearerAuth(session.accessToken()));
        assertThat(profile.status()).isEqualTo(404);
        assertThat(kit.problem(profile).code()).isEqualTo(IdentityRefusal.ACCOUNT_DELETED.code());

        AuditEntryView entry = auditOf(employerId).items().getFirst();
        assertThat(entry.action()).isEqualTo("ACCOUNT_DELETED");
        assertThat(entry.actorId()).isEqualTo(employee.id());
        assertThat(entry.target()).isEqualTo("employee:" + employee.id());
        assertThat(entry.details()).doesNotContain("Camille", "Martin", employee.email(), "E-" + employee.id());
    }

    @Test
    void the_employee_number_of_a_deleted_employee_can_be_given_to_someone_else() {
        long employerId = kit.employer("Matricules SA").id();
        UserAccountRow employee = kit.employeeWithProfile(employerId);
        String token = kit.signIn(employee.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        String hrToken = kit.signIn(kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId).email(),
                IdentityTestKit.GOOD_PASSWORD).accessToken();
        kit.call(HttpRequest.POST("/api/v1/me/deletion", new AccountDeletionRequest(IdentityTestKit.GOOD_PASSWORD))
                .bearerAuth(token));

        Answer reused = kit.call(HttpRequest.POST("/api/v1/employees", Map.of("firstName", "Noé", "lastName", "Roy",
                "workEmail", employee.email(), "employeeNumber", "E-" + employee.id())).bearerAuth(hrToken));

        assertThat(reused.status()).as(reused.body()).isEqualTo(201);
    }

    @Test
    void only_employees_delete_their_account_themselves() {
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, kit.employer("Seul RH SA").id());
        String token = kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();

        Answer answer = kit.call(HttpRequest.POST("/api/v1/me/deletion",
                new AccountDeletionRequest(IdentityTestKit.GOOD_PASSWORD)).bearerAuth(token));
        Answer export = kit.call(HttpRequest.GET("/api/v1/me/data-export").bearerAuth(token));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(kit.problem(answer).code()).isEqualTo(GeneralRefusal.FORBIDDEN.code());
        assertThat(accounts.findById(hr.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(export.status()).as("anyone exports their own data").isEqualTo(200);
        assertThat(kit.read(export, PersonalDataExport.class).profile()).isNull();
        assertThat(kit.read(export, PersonalDataExport.class).allowances()).isNull();
    }

    /** Today in Paris by the server's clock. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PARIS);
    }

    private AuditPage auditOf(long employerId) {
        String token = kit.signIn(kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId).email(),
                IdentityTestKit.GOOD_PASSWORD).accessToken();
        return kit.read(kit.call(HttpRequest.GET("/api/v1/audit").bearerAuth(token)), AuditPage.class);
    }

    private long count(String sql) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql);
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
