package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.auth.RefreshRequest;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.api.employee.EmployeePage;
import org.openbenefits.contract.api.employee.EmployeeRequest;
import org.openbenefits.contract.api.employee.EmployeeRequest.Child;
import org.openbenefits.contract.api.employee.EmployeeRequest.PostalAddress;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.PasswordHasher;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.invitation.InviteUser;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** HR creates, reads, lists, edits, deactivates and reactivates employee profiles through the API. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployeeProfilesTest implements TestPropertyProvider {

    private final MutableClock clock = new MutableClock();

    @Inject
    IdentityTestKit kit;
    @Inject
    UserAccounts accounts;
    @Inject
    PasswordHasher hasher;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_employees"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    static EmployeeRequest request(String email, String number) {
        return new EmployeeRequest("Élodie", "Lefèvre", email, number, "Comptabilité", "Lyon",
                new PostalAddress("12 rue des Lilas", null, "69003", "Lyon"),
                List.of(new Child("Léa", LocalDate.of(2018, 5, 3))));
    }

    static String uniqueEmail() {
        return "elodie-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    String hrToken(long employerId) {
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        return kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
    }

    @Test
    void hr_creates_an_invited_employee_whose_invitation_waits_in_the_outbox() {
        String token = hrToken(kit.employer("Créations SA").id());
        String email = uniqueEmail();

        Answer answer = kit.call(HttpRequest.POST("/api/v1/employees", request(email.toUpperCase(), "M-001"))
                .bearerAuth(token));

        assertThat(answer.status()).isEqualTo(201);
        EmployeeView created = kit.read(answer, EmployeeView.class);
        assertThat(created.workEmail()).isEqualTo(email);
        assertThat(created.status()).isEqualTo("INVITED");
        assertThat(created.department()).isEqualTo("Comptabilité");
        assertThat(created.address().postalCode()).isEqualTo("69003");
        assertThat(created.children()).containsExactly(new Child("Léa", LocalDate.of(2018, 5, 3)));
        assertThat(accounts.findById(created.id()).orElseThrow().status()).isEqualTo(AccountStatus.INVITED);
        NotificationRequested invitation = kit.lastNotification(email, InviteUser.EMPLOYEE_TEMPLATE);
        assertThat(invitation.parameters().get("employerName")).isEqualTo("Créations SA");
    }

    @Test
    void answers_send_empty_lists_as_empty_and_leave_out_what_has_no_value_never_null() {
        String token = hrToken(kit.employer("Sans Enfants SA").id());
        EmployeeView created = kit.read(kit.call(HttpRequest.POST("/api/v1/employees", new EmployeeRequest("Paul",
                "Martin", uniqueEmail(), "M-EMPTY", null, null, null, List.of())).bearerAuth(token)), EmployeeView.class);

        Answer employee = kit.call(HttpRequest.GET("/api/v1/employees/" + created.id()).bearerAuth(token));
        Answer missing = kit.call(HttpRequest.GET("/api/v1/employees/" + (created.id() + 1_000_000)).bearerAuth(token));

        assertThat(employee.body()).contains("\"children\":[]").doesNotContain("\"address\"", "\"department\"", "null");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("\"errors\":[]", "\"parameters\":{}").doesNotContain("null");
    }

    @Test
    void every_field_at_fault_is_named_with_its_code_in_one_answer() {
        String token = hrToken(kit.employer("Validation SA").id());

        Answer answer = kit.call(HttpRequest.POST("/api/v1/employees",
                new EmployeeRequest("", null, "pas-une-adresse", " ", "x".repeat(101), null, null, null))
                .bearerAuth(token));

        assertThat(answer.status()).isEqualTo(400);
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo(GeneralRefusal.INVALID_REQUEST.code());
        assertThat(problem.errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactlyInAnyOrder(tuple("firstName", FieldCode.REQUIRED.code()),
                        tuple("lastName", FieldCode.REQUIRED.code()),
                        tuple("workEmail", FieldCode.INVALID_EMAIL.code()),
                        tuple("employeeNumber", FieldCode.REQUIRED.code()),
                        tuple("department", FieldCode.TOO_LONG.code()));
        assertThat(problem.errors()).filteredOn(error -> error.field().equals("department")).singleElement()
                .satisfies(error -> assertThat(error.parameters()).containsEntry("max", 100));
    }

    @Test
    void a_postal_code_of_four_digits_and_a_child_born_in_the_future_get_the_employee_forms_own_codes() {
        String token = hrToken(kit.employer("Formulaire SA").id());
        EmployeeRequest request = new EmployeeRequest("Élodie", "Lefèvre", uniqueEmail(), "F-1", null, null,
                new PostalAddress("12 rue des Lilas", null, "6900", "Lyon"),
                List.of(new Child("Léa", LocalDate.of(2018, 5, 3)), new Child("Noé", LocalDate.of(2099, 1, 1))));

        ProblemDetail problem = kit.problem(kit.call(HttpRequest.POST("/api/v1/employees", request).bearerAuth(token)));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactlyInAnyOrder(tuple("address.postalCode", EmployeeRefusal.POSTAL_CODE_INVALID.code()),
                        tuple("children[1].birthDate", EmployeeRefusal.BIRTH_DATE_IN_FUTURE.code()));
        assertThat(kit.read(kit.call(HttpRequest.GET("/api/v1/employees").bearerAuth(token)), EmployeePage.class)
                .total()).as("nothing created").isZero();
    }

    @Test
    void a_taken_e_mail_or_employee_number_is_a_conflict_on_its_field() {
        long employerId = kit.employer("Doublons SA").id();
        String token = hrToken(employerId);
        String email = uniqueEmail();
        assertThat(kit.call(HttpRequest.POST("/api/v1/employees", request(email, "D-1")).bearerAuth(token)).status())
                .isEqualTo(201);

        ProblemDetail sameEmail = kit.problem(kit.call(HttpRequest.POST("/api/v1/employees",
                request(email, "D-2")).bearerAuth(token)));
        ProblemDetail sameNumber = kit.problem(kit.call(HttpRequest.POST("/api/v1/employees",
                request(uniqueEmail(), "D-1")).bearerAuth(token)));

        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.code()).isEqualTo(EmployeeRefusal.EMAIL_TAKEN.code());
        assertThat(sameEmail.errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactly(tuple("workEmail", EmployeeRefusal.EMAIL_IN_USE.code()));
        assertThat(sameNumber.status()).isEqualTo(409);
        assertThat(sameNumber.code()).isEqualTo(EmployeeRefusal.NUMBER_TAKEN.code());
        assertThat(sameNumber.errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactly(tuple("employeeNumber", EmployeeRefusal.NUMBER_IN_USE.code()));
        assertThat(kit.call(HttpRequest.POST("/api/v1/employees", request(uniqueEmail(), "D-1"))
                .bearerAuth(hrToken(kit.employer("Autre SA").id()))).status())
                .as("employee numbers are unique per employer only").isEqualTo(201);
    }

    @Test
    void hr_edits_a_profile_and_finds_it_by_search() {
        String token = hrToken(kit.employer("Recherche SA").id());
        EmployeeView created = kit.read(kit.call(HttpRequest.POST("/api/v1/employees",
                request(uniqueEmail(), "R-1")).bearerAuth(token)), EmployeeView.class);
        kit.call(HttpRequest.POST("/api/v1/employees", request(uniqueEmail(), "R-2")).bearerAuth(token));

        EmployeeRequest edited = new EmployeeRequest("Élodie", "Zéphyr", created.workEmail(), "R-1", "Paie", null,
                null, List.of());
        Answer answer = kit.call(HttpRequest.PUT("/api/v1/employees/" + created.id(), edited).bearerAuth(token));
        EmployeePage found = kit.read(kit.call(HttpRequest.GET("/api/v1/employees?q=ZEPH&size=10").bearerAuth(token)),
                EmployeePage.class);
        EmployeePage all = kit.read(kit.call(HttpRequest.GET("/api/v1/employees?size=1&page=1").bearerAuth(token)),
                EmployeePage.class);

        assertThat(answer.status()).isEqualTo(200);
        EmployeeView view = kit.read(answer, EmployeeView.class);
        assertThat(view.lastName()).isEqualTo("Zéphyr");
        assertThat(view.address()).isNull();
        assertThat(view.children()).isEmpty();
        assertThat(found.items()).extracting(EmployeeView::id).containsExactly(created.id());
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.items()).extracting(EmployeeView::id).containsExactly(created.id());
    }

    @Test
    void deactivating_an_employee_ends_their_sessions_and_reactivating_lets_them_back() {
        long employerId = kit.employer("Départs SA").id();
        String token = hrToken(employerId);
        EmployeeView created = kit.read(kit.call(HttpRequest.POST("/api/v1/employees",
                request(uniqueEmail(), "S-1")).bearerAuth(token)), EmployeeView.class);
        assertThat(created.status()).isEqualTo("INVITED");

        Answer deactivated = kit.call(HttpRequest.POST("/api/v1/employees/" + created.id() + "/deactivation", "")
                .bearerAuth(token));
        Answer resent = kit.call(HttpRequest.POST("/api/v1/employees/" + created.id() + "/invitation", "")
                .bearerAuth(token));
        Answer reactivated = kit.call(HttpRequest.POST("/api/v1/employees/" + created.id() + "/reactivation", "")
                .bearerAuth(token));
        Answer resentAgain = kit.call(HttpRequest.POST("/api/v1/employees/" + created.id() + "/invitation", "")
                .bearerAuth(token));

        assertThat(kit.read(deactivated, EmployeeView.class).status()).isEqualTo("DEACTIVATED");
        assertThat(resent.status()).isEqualTo(409);
        assertThat(kit.problem(resent).code()).isEqualTo(EmployeeRefusal.DEACTIVATED.code());
        assertThat(kit.read(reactivated, EmployeeView.class).status()).isEqualTo("INVITED");
        assertThat(resentAgain.status()).isEqualTo(202);
        assertThat(kit.notificationsTo(created.workEmail())).hasSize(2);
    }

    @Test
    void an_invitation_is_not_re_sent_to_someone_active_nor_more_than_three_times_an_hour_nor_to_an_unknown_id() {
        String token = hrToken(kit.employer("Invitations SA").id());
        EmployeeView active = kit.read(kit.call(HttpRequest.POST("/api/v1/employees",
                request(uniqueEmail(), "I-1")).bearerAuth(token)), EmployeeView.class);
        accounts.updatePassword(active.id(), hasher.hash(IdentityTestKit.GOOD_PASSWORD), AccountStatus.ACTIVE.name());
        EmployeeView invited = kit.read(kit.call(HttpRequest.POST("/api/v1/employees",
                request(uniqueEmail(), "I-2")).bearerAuth(token)), EmployeeView.class);

        Answer toActive = kit.call(HttpRequest.POST("/api/v1/employees/" + active.id() + "/invitation", "")
                .bearerAuth(token));
        for (int i = 0; i < 3; i++) {
            kit.call(HttpRequest.POST("/api/v1/employees/" + invited.id() + "/invitation", "").bearerAuth(token));
        }
        Answer fourth = kit.call(HttpRequest.POST("/api/v1/employees/" + invited.id() + "/invitation", "")
                .bearerAuth(token));
        Answer unknown = kit.call(HttpRequest.POST("/api/v1/employees/" + Long.MAX_VALUE + "/invitation", "")
                .bearerAuth(token));

        assertThat(toActive.status()).isEqualTo(409);
        assertThat(kit.problem(toActive).code()).isEqualTo(EmployeeRefusal.INVITATION_ACCEPTED.code());
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Retry-After")).hasValue("3600");
        assertThat(kit.problem(fourth).code()).isEqualTo(EmployeeRefusal.TOO_MANY_INVITATIONS.code());
        assertThat(kit.problem(fourth).parameters()).containsEntry("minutes", 60);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(kit.problem(unknown).code()).isEqualTo(EmployeeRefusal.NOT_FOUND.code());
    }

    @Test
    void a_deactivated_employee_can_no_longer_refresh_their_session() {
        String token = hrToken(kit.employer("Sessions SA").id());
        EmployeeView created = kit.read(kit.call(HttpRequest.POST("/api/v1/employees",
                request(uniqueEmail(), "T-1")).bearerAuth(token)), EmployeeView.class);
        accounts.updatePassword(created.id(), hasher.hash(IdentityTestKit.GOOD_PASSWORD), AccountStatus.ACTIVE.name());
        SignInResponse session = kit.signIn(created.workEmail(), IdentityTestKit.GOOD_PASSWORD);

        kit.call(HttpRequest.POST("/api/v1/employees/" + created.id() + "/deactivation", "").bearerAuth(token));

        assertThat(kit.post("/api/v1/auth/refresh", new RefreshRequest(session.refreshToken())).status())
                .isEqualTo(401);
        assertThat(kit.signInAnswer(created.workEmail(), IdentityTestKit.GOOD_PASSWORD).status()).isEqualTo(403);
    }
}
