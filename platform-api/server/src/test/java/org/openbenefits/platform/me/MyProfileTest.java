package org.openbenefits.platform.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.ProblemDetail.FieldError;
import org.openbenefits.contract.api.audit.AuditEntryView;
import org.openbenefits.contract.api.audit.AuditPage;
import org.openbenefits.contract.api.auth.PasswordResetRequest;
import org.openbenefits.contract.api.auth.RefreshRequest;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.api.employee.EmployeeRequest;
import org.openbenefits.contract.api.employee.EmployeeRequest.Child;
import org.openbenefits.contract.api.employee.EmployeeRequest.PostalAddress;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.me.ProfileUpdate;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.platform.auth.RequestPasswordReset;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** "Mon profil": the signed-in person reads what HR entered and keeps their address, delivery e-mail and language. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyProfileTest implements TestPropertyProvider {

    private static final ProfileAddress MONACO = new ProfileAddress(" 1 avenue de la Costa ", "", "98000", "Monaco",
            "MC");

    @Inject
    IdentityTestKit kit;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_profile"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @Test
    void an_employee_reads_what_hr_entered_and_e_tickets_go_to_the_work_e_mail_until_they_choose() {
        UserAccountRow employee = kit.employeeWithProfile(kit.employer("Profil SA").id());

        ProfileView profile = profileOf(tokenOf(employee));

        assertThat(profile.firstName()).isEqualTo("Camille");
        assertThat(profile.lastName()).isEqualTo("Martin");
        assertThat(profile.email()).isEqualTo(employee.email());
        assertThat(profile.workEmail()).isEqualTo(employee.email());
        assertThat(profile.employeeNumber()).isEqualTo("E-" + employee.id());
        assertThat(profile.department()).isEqualTo("Comptabilité");
        assertThat(profile.site()).isEqualTo("Lyon");
        assertThat(profile.employerName()).isEqualTo("Profil SA");
        assertThat(profile.address()).isEqualTo(new ProfileAddress("12 rue des Lilas", null, "69003", "Lyon", "FR"));
        assertThat(profile.deliveryEmail()).isEqualTo(employee.email());
        assertThat(profile.deliveryEmailIsDefault()).isTrue();
        assertThat(profile.language()).isEqualTo("fr");
    }

    @Test
    void an_employee_saves_address_delivery_e_mail_and_language_and_later_e_mails_come_in_that_language() {
        long employerId = kit.employer("Préférences SA").id();
        UserAccountRow employee = kit.employeeWithProfile(employerId);
        String token = tokenOf(employee);

        Answer answer = kit.call(HttpRequest.PUT("/api/v1/me/profile",
                new ProfileUpdate(MONACO, "Camille.Perso@Example.org", "en")).bearerAuth(token));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        ProfileView saved = kit.read(answer, ProfileView.class);
        assertThat(saved.address()).isEqualTo(new ProfileAddress("1 avenue de la Costa", null, "98000", "Monaco", "MC"));
        assertThat(saved.deliveryEmail()).isEqualTo("camille.perso@example.org");
        assertThat(saved.deliveryEmailIsDefault()).isFalse();
        assertThat(saved.language()).isEqualTo("en");
        assertThat(profileOf(token)).isEqualTo(saved);
        kit.post("/api/v1/auth/password-reset", new PasswordResetRequest(employee.email(), null));
        assertThat(kit.lastNotification(employee.email(), RequestPasswordReset.TEMPLATE).locale()).isEqualTo("en");
        AuditEntryView entry = auditOf(employerId).items().getFirst();
        assertThat(entry.action()).isEqualTo("PROFILE_EDITED");
        assertThat(entry.actorId()).isEqualTo(employee.id());
        assertThat(entry.target()).isEqualTo("employee:" + employee.id());
        assertThat(entry.details()).isEqualTo("Modifié : adresse postale, e-mail de livraison, langue")
                .doesNotContain("Costa", "perso");
    }

    @Test
    void choosing_the_work_e_mail_or_nothing_as_delivery_e_mail_means_the_work_e_mail_and_saving_twice_audits_once() {
        long employerId = kit.employer("Par défaut SA").id();
        UserAccountRow employee = kit.employeeWithProfile(employerId);
        String token = tokenOf(employee);
        ProfileAddress same = new ProfileAddress("12 rue des Lilas", null, "69003", "Lyon", null);

        ProfileView first = kit.read(kit.call(HttpRequest.PUT("/api/v1/me/profile",
                new ProfileUpdate(same, employee.email().toUpperCase(), "fr")).bearerAuth(token)), ProfileView.class);
        ProfileView second = kit.read(kit.call(HttpRequest.PUT("/api/v1/me/profile",
                new ProfileUpdate(same, "  ", "fr")).bearerAuth(token)), ProfileView.class);

        assertThat(first.deliveryEmailIsDefault()).isTrue();
        assertThat(second).isEqualTo(first);
        assertThat(auditOf(employerId).items()).extracting(AuditEntryView::action).doesNotContain("PROFILE_EDITED");
    }

    @Test
    @OutsideTheContract("fields outside their documented patterns, to see each named")
    void every_field_at_fault_is_named_with_the_code_of_its_rule_and_nothing_is_written() {
        UserAccountRow employee = kit.employeeWithProfile(kit.employer("Erreurs SA").id());
        String token = tokenOf(employee);
        ProfileView before = profileOf(token);

        Answer answer = kit.call(HttpRequest.PUT("/api/v1/me/profile", new ProfileUpdate(
                new ProfileAddress("3 place Bellecour", null, "6900", " ", "France"), "pas-une-adresse", "de"))
                .bearerAuth(token));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith(ProblemDetail.MEDIA_TYPE));
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo(GeneralRefusal.INVALID_REQUEST.code());
        assertThat(problem.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                tuple("address.postalCode", IdentityRefusal.POSTAL_CODE_INVALID.code()),
                tuple("address.city", FieldCode.REQUIRED.code()),
                tuple("address.country", IdentityRefusal.COUNTRY_INVALID.code()),
                tuple("deliveryEmail", FieldCode.INVALID_EMAIL.code()),
                tuple("language", IdentityRefusal.LANGUAGE_UNKNOWN.code()));
        assertThat(profileOf(token)).isEqualTo(before);
    }

    @Test
    @OutsideTheContract("an address without its street and city, to see it refused")
    void an_address_is_given_whole_or_not_at_all_and_none_removes_it() {
        UserAccountRow employee = kit.employeeWithProfile(kit.employer("Adresse SA").id());
        String token = tokenOf(employee);

        Answer partial = kit.call(HttpRequest.PUT("/api/v1/me/profile",
                new ProfileUpdate(new ProfileAddress(null, null, "69003", null, null), null, "fr")).bearerAuth(token));
        ProfileView withoutAddress = kit.read(kit.call(HttpRequest.PUT("/api/v1/me/profile",
                new ProfileUpdate(null, null, "fr")).bearerAuth(token)), ProfileView.class);

        assertThat(kit.problem(partial).errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "address.line1", "address.city");
        assertThat(withoutAddress.address()).isNull();
    }

    @Test
    void an_hr_manager_reads_their_own_profile_without_employee_fields_and_may_change_only_the_language() {
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, kit.employer("Manager SA").id());
        String token = tokenOf(hr);

        ProfileView profile = profileOf(token);
        Answer withAddress = kit.call(HttpRequest.PUT("/api/v1/me/profile",
                new ProfileUpdate(MONACO, null, "fr")).bearerAuth(token));
        Answer language = kit.call(HttpRequest.PUT("/api/v1/me/profile",
                new ProfileUpdate(null, null, "en")).bearerAuth(token));

        assertThat(profile.email()).isEqualTo(hr.email());
        assertThat(profile.employerName()).isEqualTo("Manager SA");
        assertThat(profile.workEmail()).isNull();
        assertThat(profile.employeeNumber()).isNull();
        assertThat(profile.deliveryEmail()).isNull();
        assertThat(withAddress.status()).isEqualTo(400);
        assertThat(kit.problem(withAddress).code()).isEqualTo(IdentityRefusal.NO_EMPLOYEE_PROFILE.code());
        assertThat(kit.problem(withAddress).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("address", IdentityRefusal.NOT_FOR_THIS_PROFILE.code()));
        assertThat(kit.read(language, ProfileView.class).language()).isEqualTo("en");
    }

    @Test
    void hr_editing_the_profile_keeps_the_employees_delivery_e_mail_and_the_country_of_an_unchanged_address() {
        long employerId = kit.employer("Édition SA").id();
        UserAccountRow employee = kit.employeeWithProfile(employerId);
        String token = tokenOf(employee);
        String hrToken = tokenOf(kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId));
        kit.call(HttpRequest.PUT("/api/v1/me/profile", new ProfileUpdate(MONACO, "perso@example.org", "fr"))
                .bearerAuth(token));
        PostalAddress monacoAsHrSeesIt = new PostalAddress("1 avenue de la Costa", null, "98000", "Monaco");
        List<Child> children = List.of(new Child("Léa", LocalDate.of(2018, 5, 3)));

        kit.call(HttpRequest.PUT("/api/v1/employees/" + employee.id(), new EmployeeRequest("Camille", "Martin",
                employee.email(), "E-" + employee.id(), "Paie", "Lyon", monacoAsHrSeesIt, children))
                .bearerAuth(hrToken));
        ProfileView afterSameAddress = profileOf(token);
        kit.call(HttpRequest.PUT("/api/v1/employees/" + employee.id(), new EmployeeRequest("Camille", "Martin",
                employee.email(), "E-" + employee.id(), "Paie", "Lyon",
                new PostalAddress("8 quai Rambaud", null, "69002", "Lyon"), children)).bearerAuth(hrToken));
        ProfileView afterNewAddress = profileOf(token);

        assertThat(afterSameAddress.department()).isEqualTo("Paie");
        assertThat(afterSameAddress.address().country()).isEqualTo("MC");
        assertThat(afterSameAddress.deliveryEmail()).isEqualTo("perso@example.org");
        assertThat(afterNewAddress.address().country()).isEqualTo("FR");
        assertThat(afterNewAddress.deliveryEmail()).isEqualTo("perso@example.org");
    }

    @Test
    void the_access_token_carries_the_name_and_language_and_a_refresh_brings_a_new_language() {
        UserAccountRow employee = kit.employeeWithProfile(kit.employer("Jeton SA").id());
        SignInResponse session = kit.signIn(employee.email(), IdentityTestKit.GOOD_PASSWORD);
        kit.call(HttpRequest.PUT("/api/v1/me/profile", new ProfileUpdate(null, null, "en"))
                .bearerAuth(session.accessToken()));

        SignInResponse refreshed = kit.read(kit.post("/api/v1/auth/refresh",
                new RefreshRequest(session.refreshToken())), SignInResponse.class);

        assertThat(kit.claims(session.accessToken())).containsEntry("name", "Camille Martin")
                .containsEntry("lang", "fr");
        assertThat(kit.claims(refreshed.accessToken())).containsEntry("name", "Camille Martin")
                .containsEntry("lang", "en");
        assertThat(refreshed.user().language()).isEqualTo("en");
    }

    @Test
    @OutsideTheContract("no access token on a route that needs one")
    void without_a_token_the_profile_is_refused_with_401() {
        assertThat(kit.call(HttpRequest.GET("/api/v1/me/profile")).status()).isEqualTo(401);
    }

    private String tokenOf(UserAccountRow account) {
        return kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
    }

    private ProfileView profileOf(String token) {
        Answer answer = kit.call(HttpRequest.GET("/api/v1/me/profile").bearerAuth(token));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return kit.read(answer, ProfileView.class);
    }

    private AuditPage auditOf(long employerId) {
        return kit.read(kit.call(HttpRequest.GET("/api/v1/audit")
                .bearerAuth(tokenOf(kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId)))), AuditPage.class);
    }
}
