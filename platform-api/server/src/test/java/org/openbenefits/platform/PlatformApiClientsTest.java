package org.openbenefits.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.ProblemDetail.FieldError;
import org.openbenefits.contract.api.audit.AuditApiClient;
import org.openbenefits.contract.api.audit.AuditEntryView;
import org.openbenefits.contract.api.audit.AuditPage;
import org.openbenefits.contract.api.auth.AuthApiClient;
import org.openbenefits.contract.api.auth.SignInRequest;
import org.openbenefits.contract.api.auth.UserSummary;
import org.openbenefits.contract.api.employee.EmployeeApiClient;
import org.openbenefits.contract.api.employee.EmployeeImportApiClient;
import org.openbenefits.contract.api.employee.EmployeePage;
import org.openbenefits.contract.api.employee.EmployeeRequest;
import org.openbenefits.contract.api.employee.EmployeeRequest.Child;
import org.openbenefits.contract.api.employee.EmployeeRequest.PostalAddress;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.contract.api.manager.ManagerApiClient;
import org.openbenefits.contract.api.manager.ManagerInvitationRequest;
import org.openbenefits.contract.api.manager.ManagerView;
import org.openbenefits.contract.api.me.AccountDeletionRequest;
import org.openbenefits.contract.api.me.EmailChangeConfirmation;
import org.openbenefits.contract.api.me.EmailChangeConfirmed;
import org.openbenefits.contract.api.me.EmailChangeRequest;
import org.openbenefits.contract.api.me.MeApiClient;
import org.openbenefits.contract.api.me.PendingEmailChange;
import org.openbenefits.contract.api.me.PersonalDataExport;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.me.ProfileUpdate;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;
import org.openbenefits.testkit.embedded.FreePorts;

/**
 * The declarative clients of the contract, as the portals use them, against the running server: every method once,
 * with the person's token passed on as the portals do ({@link BearerTokenForClients}).
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformApiClientsTest implements TestPropertyProvider {

    private final int port = FreePorts.next();

    @Inject
    IdentityTestKit kit;
    @Inject
    BearerTokenForClients bearer;
    @Inject
    JsonMapper json;
    @Inject
    AuthApiClient auth;
    @Inject
    MeApiClient me;
    @Inject
    EmployeeApiClient employees;
    @Inject
    EmployeeImportApiClient imports;
    @Inject
    ManagerApiClient managers;
    @Inject
    AuditApiClient audit;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_clients"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        properties.put("micronaut.server.port", Integer.toString(port));
        properties.put("micronaut.http.services.platform-api.url", "http://127.0.0.1:" + port);
        return properties;
    }

    @Test
    void the_employee_client_creates_finds_edits_deactivates_reactivates_and_re_invites() {
        signInAsHrOf(kit.employer("Client Salariés SA").id());
        String email = unique("claire");

        EmployeeView created = employees.create(request(email, "C-1", "Comptabilité"));
        EmployeePage found = employees.list("C-1", 0, 10);
        EmployeePage everyone = employees.list(null, 0, 10);
        EmployeeView read = employees.get(created.id()).orElseThrow();
        EmployeeView edited = employees.update(created.id(), request(email, "C-1", "Paie"));
        HttpResponse<Void> invited = employees.resendInvitation(created.id());
        EmployeeView deactivated = employees.deactivate(created.id());
        EmployeeView reactivated = employees.reactivate(created.id());

        assertThat(created.status()).isEqualTo("INVITED");
        assertThat(found.items()).extracting(EmployeeView::id).containsExactly(created.id());
        assertThat(everyone.total()).isEqualTo(1);
        assertThat(read.workEmail()).isEqualTo(email);
        assertThat(edited.department()).isEqualTo("Paie");
        assertThat(invited.code()).isEqualTo(202);
        assertThat(deactivated.status()).isEqualTo("DEACTIVATED");
        assertThat(reactivated.status()).isEqualTo("INVITED");
        assertThat(employees.get(created.id() + 1_000_000)).as("404 reads as empty").isEmpty();
        HttpClientResponseException conflict = assertThrows(HttpClientResponseException.class,
                () -> employees.create(request(email, "C-2", null)));
        assertThat(problem(conflict).code()).isEqualTo(EmployeeRefusal.EMAIL_TAKEN.code());
    }

    @Test
    void the_import_client_downloads_the_template_previews_a_file_and_imports_it_in_the_background() {
        String token = signInAsHrOf(kit.employer("Client Import SA").id());
        byte[] file = ("prenom;nom;email;matricule;service;site\n"
                + "Zoé;Lemaître;zoe@client-import.example;Z1;Ventes;Nantes\n"
                + "Anaïs;Bérard;pas-une-adresse;Z2;;\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> template = imports.template();
        ImportReport preview = imports.preview(file);
        ImportJobView started = imports.start(file);
        ImportJobView job = untilFinished(started.id());
        signInAsHrOf(kit.employer("Client Import Autre SA").id());
        boolean seenByAnotherEmployer = imports.job(started.id()).isPresent();
        bearer.use(token);

        assertThat(template.header("Content-Disposition")).contains(".csv");
        assertThat(new String(template.body(), StandardCharsets.UTF_8)).contains("prenom;nom;email;matricule");
        assertThat(preview.lines()).isEqualTo(2);
        assertThat(preview.validLines()).isEqualTo(1);
        assertThat(preview.errors()).extracting(ImportReport.LineError::code)
                .containsExactly(FieldCode.INVALID_EMAIL.code());
        assertThat(started.totalLines()).isEqualTo(2);
        assertThat(job.status()).isEqualTo(ImportJobView.DONE);
        assertThat(job.processedLines()).isEqualTo(2);
        assertThat(job.report().imported()).isEqualTo(1);
        assertThat(seenByAnotherEmployer).isFalse();
        assertThat(employees.list("zoe@client-import.example", 0, 10).items()).extracting(EmployeeView::lastName)
                .containsExactly("Lemaître");
        HttpClientResponseException unreadable = assertThrows(HttpClientResponseException.class,
                () -> imports.preview("nom\nDupont\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(problem(unreadable).code()).isEqualTo(EmployeeRefusal.CSV_UNREADABLE.code());
        assertThat(problem(unreadable).errors()).extracting(FieldError::field).containsExactly("file");
    }

    @Test
    void the_manager_client_invites_a_manager_and_lists_the_employers_managers() {
        signInAsHrOf(kit.employer("Client Managers SA").id());
        String email = unique("rh");

        ManagerView invited = managers.invite(new ManagerInvitationRequest("Hugo", "Bernard", email));
        List<ManagerView> listed = managers.list();

        assertThat(invited.status()).isEqualTo("INVITED");
        assertThat(listed).extracting(ManagerView::email).contains(email).hasSize(2);
        HttpClientResponseException taken = assertThrows(HttpClientResponseException.class,
                () -> managers.invite(new ManagerInvitationRequest("Hugo", "Bernard", email)));
        assertThat(problem(taken).code()).isEqualTo(EmployeeRefusal.MANAGER_EMAIL_TAKEN.code());
    }

    @Test
    void the_audit_client_reads_the_employers_log_and_a_platform_admin_filters_by_employer() {
        long employerId = kit.employer("Client Audit SA").id();
        signInAsHrOf(employerId);
        employees.create(request(unique("audit"), "AU-1", null));

        AuditPage seenByHr = audit.list(null, 0, 10);
        bearer.use(signIn(kit.account(Role.PLATFORM_ADMIN, AccountStatus.ACTIVE, null)));
        AuditPage seenByAdmin = audit.list(employerId, 0, 10);
        bearer.use(signIn(kit.account(Role.SUPPORT_AGENT, AccountStatus.ACTIVE, null)));
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> audit.list(null, 0, 10));

        assertThat(seenByHr.items()).extracting(AuditEntryView::action).containsExactly("EMPLOYEE_CREATED");
        assertThat(seenByAdmin.items()).extracting(AuditEntryView::employerId).containsOnly(employerId);
        assertThat(refused.code()).isEqualTo(403);
    }

    @Test
    @OutsideTheContract("a profile in an unknown language with a malformed address, to see the client read the refusal")
    void the_me_client_reads_and_saves_the_profile_exports_the_data_and_deletes_the_account() {
        UserAccountRow employee = kit.employeeWithProfile(kit.employer("Client Moi SA").id());
        bearer.use(signIn(employee));

        UserSummary summary = me.me();
        ProfileView profile = me.profile();
        ProfileView saved = me.updateProfile(new ProfileUpdate(
                new ProfileAddress("5 rue Mercière", null, "69002", "Lyon", null), null, "en"));
        HttpClientResponseException invalid = assertThrows(HttpClientResponseException.class,
                () -> me.updateProfile(new ProfileUpdate(null, "pas-une-adresse", "de")));
        HttpResponse<byte[]> export = me.exportData();
        PersonalDataExport data = read(export.body(), PersonalDataExport.class);
        HttpClientResponseException wrongPassword = assertThrows(HttpClientResponseException.class,
                () -> me.deleteAccount(new AccountDeletionRequest("Pas-le-bon-mot-2")));
        HttpResponse<Void> deleted = me.deleteAccount(new AccountDeletionRequest(IdentityTestKit.GOOD_PASSWORD));

        assertThat(summary.id()).isEqualTo(employee.id());
        assertThat(profile.workEmail()).isEqualTo(employee.email());
        assertThat(saved.language()).isEqualTo("en");
        assertThat(saved.address().city()).isEqualTo("Lyon");
        assertThat(invalid.code()).isEqualTo(400);
        assertThat(problem(invalid).code()).isEqualTo("request.invalid");
        assertThat(problem(invalid).errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("deliveryEmail", "language");
        assertThat(export.header("Content-Disposition")).isEqualTo("attachment; filename=\"mes-donnees-openbenefits-"
                + LocalDate.ofInstant(data.generatedAt(), java.time.ZoneId.of("Europe/Paris")) + ".json\"");
        assertThat(data.account().id()).isEqualTo(employee.id());
        assertThat(data.children()).extracting(PersonalDataExport.Child::firstName).containsExactly("Léa");
        assertThat(wrongPassword.code()).isEqualTo(403);
        assertThat(problem(wrongPassword).errors()).extracting(FieldError::field).containsExactly("currentPassword");
        assertThat(deleted.code()).isEqualTo(204);
        assertThat(me.me().firstName()).isEqualTo("Anonyme");
    }

    @Test
    void the_me_and_auth_clients_ask_for_resend_cancel_and_confirm_a_change_of_sign_in_address() {
        UserAccountRow employee = kit.employeeWithProfile(kit.employer("Client E-mail SA").id());
        bearer.use(signIn(employee));
        String newEmail = unique("nouvelle");

        PendingEmailChange asked = me.changeEmail(new EmailChangeRequest(IdentityTestKit.GOOD_PASSWORD, newEmail));
        PendingEmailChange resent = me.resendEmailConfirmation();
        HttpResponse<Void> cancelled = me.cancelEmailChange();
        PendingEmailChange nothingToResend = me.resendEmailConfirmation();
        me.changeEmail(new EmailChangeRequest(IdentityTestKit.GOOD_PASSWORD, newEmail));
        String token = IdentityTestKit.tokenOf(kit.lastNotification(newEmail, "email-change-confirmation")
                .parameters().get("link"));
        bearer.use(null);
        EmailChangeConfirmed confirmed = auth.confirmEmailChange(new EmailChangeConfirmation(token));
        HttpClientResponseException reused = assertThrows(HttpClientResponseException.class,
                () -> auth.confirmEmailChange(new EmailChangeConfirmation(token)));

        assertThat(asked.newEmail()).isEqualTo(newEmail);
        assertThat(resent.newEmail()).isEqualTo(newEmail);
        assertThat(resent.expiresAt()).isAfterOrEqualTo(asked.expiresAt());
        assertThat(cancelled.code()).isEqualTo(204);
        assertThat(nothingToResend).as("404 NO_PENDING_EMAIL_CHANGE reads as null").isNull();
        assertThat(confirmed.email()).isEqualTo(newEmail);
        assertThat(problem(reused).code()).isEqualTo("email-change.link-invalid");
        assertThat(auth.signIn(new SignInRequest(newEmail, IdentityTestKit.GOOD_PASSWORD)).user().id())
                .isEqualTo(employee.id());
    }

    /** Signs in as a new HR manager of the employer, whose token the clients pass on from now on. */
    private String signInAsHrOf(long employerId) {
        String token = signIn(kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId));
        bearer.use(token);
        return token;
    }

    /** Signs in through the auth client, as the portals do, and returns the access token. */
    private String signIn(UserAccountRow account) {
        bearer.use(null);
        return auth.signIn(new SignInRequest(account.email(), IdentityTestKit.GOOD_PASSWORD)).accessToken();
    }

    private ImportJobView untilFinished(long id) {
        long start = System.nanoTime();
        ImportJobView job = imports.job(id).orElseThrow();
        while (job.status().equals(ImportJobView.RUNNING)) {
            if (System.nanoTime() - start > Duration.ofMinutes(1).toNanos()) {
                throw new AssertionError("Import job " + id + " still running after a minute");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            job = imports.job(id).orElseThrow();
        }
        return job;
    }

    private static EmployeeRequest request(String email, String number, String department) {
        return new EmployeeRequest("Claire", "Fontaine", email, number, department, "Lyon",
                new PostalAddress("12 rue des Lilas", null, "69003", "Lyon"),
                List.of(new Child("Léa", LocalDate.of(2018, 5, 3))));
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private ProblemDetail problem(HttpClientResponseException error) {
        return read(error.getResponse().getBody(String.class).orElseThrow().getBytes(StandardCharsets.UTF_8),
                ProblemDetail.class);
    }

    private <T> T read(byte[] body, Class<T> type) {
        try {
            return json.readValue(body, Argument.of(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
