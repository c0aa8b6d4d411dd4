package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.audit.AuditEntryView;
import org.openbenefits.contract.api.audit.AuditPage;
import org.openbenefits.contract.api.employee.EmployeePage;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.apicontract.ContractChecks;
import org.openbenefits.platform.apicontract.WireExchanges;
import org.openbenefits.platform.invitation.InviteUser;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * CSV import of employees through the API: template, preview that writes nothing, import of the valid lines as a
 * background job that the caller polls, its progress, and its confinement to the employer.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployeeImportTest implements TestPropertyProvider {

    private static final String HEADER = "prenom;nom;email;matricule;service;site\n";

    @Inject
    IdentityTestKit kit;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    EmployeeImportJobs jobs;
    @Inject
    RunImportJob runImportJob;
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_import"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @Test
    void a_file_of_1000_lines_with_10_bad_ones_previews_exactly_those_errors_then_imports_990_invited_employees() {
        long employerId = kit.employer("Import Mille SA").id();
        String token = hrToken(employerId);
        UserAccountRow existing = kit.account(Role.EMPLOYEE, AccountStatus.ACTIVE, employerId);
        kit.call(HttpRequest.POST("/api/v1/employees", EmployeeProfilesTest.request(
                EmployeeProfilesTest.uniqueEmail(), "EXIST-1")).bearerAuth(token));
        StringBuilder csv = new StringBuilder(HEADER);
        Map<Integer, String> bad = new HashMap<>();
        for (int i = 1; i <= 1000; i++) {
            int line = i + 1;
            String row = switch (i) {
                case 100 -> bad(bad, line, "email " + FieldCode.INVALID_EMAIL.code(),
                        "Anaïs;Bérard;pas-une-adresse;N100;;");
                case 200 -> bad(bad, line, "email " + FieldCode.INVALID_EMAIL.code(),
                        "Anaïs;Bérard;anais@@mille.example;N200;;");
                case 300 -> bad(bad, line, "prenom " + FieldCode.REQUIRED.code(), ";Bérard;p300@mille.example;N300;;");
                case 400 -> bad(bad, line, "nom " + FieldCode.REQUIRED.code(), "Anaïs;;p400@mille.example;N400;;");
                case 500 -> bad(bad, line, "matricule " + FieldCode.REQUIRED.code(),
                        "Anaïs;Bérard;p500@mille.example;;;");
                case 600 -> bad(bad, line, "email " + FieldCode.REQUIRED.code(), "Anaïs;Bérard;;N600;;");
                case 700 -> bad(bad, line, "email " + EmployeeRefusal.DUPLICATE_IN_FILE.code(),
                        "Anaïs;Bérard;p1@mille.example;N700;;");
                case 800 -> bad(bad, line, "matricule " + EmployeeRefusal.DUPLICATE_IN_FILE.code(),
                        "Anaïs;Bérard;p800@mille.example;N2;;");
                case 900 -> bad(bad, line, "email " + EmployeeRefusal.EMAIL_IN_USE.code(),
                        "Anaïs;Bérard;" + existing.email() + ";N900;;");
                case 1000 -> bad(bad, line, "matricule " + EmployeeRefusal.NUMBER_IN_USE.code(),
                        "Anaïs;Bérard;p1000@mille.example;exist-1;;");
                default -> "Zoé;Lemaître-" + i + ";p" + i + "@mille.example;N" + i + ";Ventes;Nantes";
            };
            csv.append(row).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        ImportReport preview = kit.read(kit.call(HttpRequest.POST("/api/v1/employee-imports/preview", file)
                .contentType("text/csv").bearerAuth(token)), ImportReport.class);

        assertThat(preview.lines()).isEqualTo(1000);
        assertThat(preview.validLines()).isEqualTo(990);
        assertThat(preview.imported()).isZero();
        assertThat(preview.errors()).hasSize(10);
        Map<Integer, String> reported = new HashMap<>();
        preview.errors().forEach(error -> reported.put(error.line(), error.column() + " " + error.code()));
        assertThat(reported).isEqualTo(bad);
        assertThat(preview.errors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
        assertThat(preview.errors()).filteredOn(error -> error.code().equals(EmployeeRefusal.DUPLICATE_IN_FILE.code()))
                .extracting(ImportReport.LineError::line, error -> error.parameters().get("firstLine"))
                .containsExactly(tuple(701, 2), tuple(801, 3));
        assertThat(preview.errors()).as("no cell's value in a parameter").allSatisfy(error ->
                assertThat(error.parameters().values()).noneMatch(value -> String.valueOf(value).contains("@")));
        assertThat(employeesOf(token).total()).as("the preview writes nothing").isEqualTo(1);

        Answer started = kit.call(HttpRequest.POST("/api/v1/employee-imports", file).contentType("text/csv")
                .bearerAuth(token));
        ImportJobView job = kit.read(started, ImportJobView.class);
        ImportJobView done = untilFinished(token, job.id());
        ImportReport imported = done.report();

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.header("Location")).hasValue("/api/v1/employee-imports/" + job.id());
        assertThat(job.status()).isEqualTo(ImportJobView.RUNNING);
        assertThat(job.totalLines()).isEqualTo(1000);
        assertThat(done.status()).isEqualTo(ImportJobView.DONE);
        assertThat(done.processedLines()).isEqualTo(1000);
        assertThat(imported.imported()).isEqualTo(990);
        assertThat(imported.errors()).as("the stored report keeps the codes and parameters")
                .isEqualTo(preview.errors());
        assertThat(employeesOf(token).total()).isEqualTo(991);
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'NotificationRequested' "
                + "AND record_key LIKE '%@mille.example'")).isEqualTo(990);
        assertThat(kit.lastNotification("p1@mille.example", InviteUser.EMPLOYEE_TEMPLATE).parameters())
                .containsEntry("firstName", "Zoé").containsEntry("employerName", "Import Mille SA");
        EmployeeView first = employeesOf(token, "p1@mille.example").items().getFirst();
        assertThat(first.lastName()).isEqualTo("Lemaître-1");
        assertThat(first.status()).isEqualTo("INVITED");
        assertThat(first.department()).isEqualTo("Ventes");
        AuditPage audit = kit.read(kit.call(HttpRequest.GET("/api/v1/audit?size=1").bearerAuth(token)), AuditPage.class);
        assertThat(audit.items()).extracting(AuditEntryView::action).containsExactly("EMPLOYEES_IMPORTED");
    }

    @Test
    void a_comma_separated_upload_with_quotes_and_accents_is_read_like_the_template() {
        String token = hrToken(kit.employer("Virgules SA").id());
        String csv = "\uFEFFPrénom,Nom,E-mail,Matricule,Service,Site\r\n"
                + "\"Hélène\",\"Dupont, née Müller\",helene@virgules.example,V1,\"R&D\",Besançon\r\n";
        MultipartBody body = MultipartBody.builder().addPart("file", "salaries.csv", MediaType.of("text/csv"),
                csv.getBytes(StandardCharsets.UTF_8)).build();

        Answer answer = kit.call(HttpRequest.POST("/api/v1/employee-imports", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token));

        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        assertThat(untilFinished(token, kit.read(answer, ImportJobView.class).id()).report().imported()).isEqualTo(1);
        EmployeeView view = employeesOf(token).items().getFirst();
        assertThat(view.firstName()).isEqualTo("Hélène");
        assertThat(view.lastName()).isEqualTo("Dupont, née Müller");
        assertThat(view.site()).isEqualTo("Besançon");
    }

    @Test
    void a_file_without_the_required_columns_is_refused_as_a_whole() {
        String token = hrToken(kit.employer("Colonnes SA").id());

        Answer answer = kit.call(HttpRequest.POST("/api/v1/employee-imports/preview",
                "nom;email\nDupont;d@colonnes.example\n".getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv").bearerAuth(token));

        assertThat(answer.status()).isEqualTo(400);
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo(EmployeeRefusal.CSV_UNREADABLE.code());
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("file");
            assertThat(error.code()).isEqualTo(EmployeeRefusal.CSV_COLUMNS_MISSING.code());
            assertThat(error.parameters()).containsEntry("missing", "prenom, matricule")
                    .containsEntry("columns", "prenom;nom;email;matricule;service;site");
            assertThat(error.message()).contains("prenom, matricule");
        });
    }

    @Test
    void line_errors_and_a_refused_file_read_in_english_with_accept_language_en_and_in_french_without_it() {
        String token = hrToken(kit.employer("Langues SA").id());
        byte[] file = (HEADER + ";Sans-Prenom;sans@langues.example;L1;;\n").getBytes(StandardCharsets.UTF_8);
        byte[] withoutColumns = "nom;email\nDupont;d@langues.example\n".getBytes(StandardCharsets.UTF_8);

        ImportReport french = kit.read(kit.call(HttpRequest.POST("/api/v1/employee-imports/preview", file)
                .contentType("text/csv").bearerAuth(token)), ImportReport.class);
        ImportReport english = kit.read(kit.call(HttpRequest.POST("/api/v1/employee-imports/preview", file)
                .contentType("text/csv").header("Accept-Language", "en").bearerAuth(token)), ImportReport.class);
        ProblemDetail refusedInFrench = kit.problem(kit.call(HttpRequest.POST("/api/v1/employee-imports/preview",
                withoutColumns).contentType("text/csv").bearerAuth(token)));
        ProblemDetail refusedInEnglish = kit.problem(kit.call(HttpRequest.POST("/api/v1/employee-imports/preview",
                withoutColumns).contentType("text/csv").header("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5")
                .bearerAuth(token)));
        long id = kit.read(kit.call(HttpRequest.POST("/api/v1/employee-imports", file).contentType("text/csv")
                .bearerAuth(token)), ImportJobView.class).id();
        ImportReport storedInFrench = untilFinished(token, id).report();
        ImportReport storedInEnglish = kit.read(kit.call(HttpRequest.GET("/api/v1/employee-imports/" + id)
                .header("Accept-Language", "en").bearerAuth(token)), ImportJobView.class).report();

        for (ImportReport report : new ImportReport[] {french, storedInFrench}) {
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo(FieldCode.REQUIRED.code());
                assertThat(error.column()).isEqualTo("prenom");
                assertThat(error.message()).isEqualTo("Ce champ est obligatoire.");
            });
        }
        for (ImportReport report : new ImportReport[] {english, storedInEnglish}) {
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo(FieldCode.REQUIRED.code());
                assertThat(error.message()).isEqualTo("This field is required.");
            });
        }
        assertThat(refusedInFrench.code()).isEqualTo(refusedInEnglish.code())
                .isEqualTo(EmployeeRefusal.CSV_UNREADABLE.code());
        assertThat(refusedInFrench.title()).isEqualTo("Requête invalide");
        assertThat(refusedInFrench.detail()).isEqualTo("Ce fichier ne peut pas être lu : corrigez-le comme indiqué, "
                + "puis envoyez-le à nouveau.");
        assertThat(refusedInFrench.errors().getFirst().message()).isEqualTo("Colonnes manquantes dans la première "
                + "ligne : prenom, matricule. Utilisez le modèle : prenom;nom;email;matricule;service;site.");
        assertThat(refusedInEnglish.title()).isEqualTo("Invalid request");
        assertThat(refusedInEnglish.detail()).isEqualTo("This file cannot be read: correct it as shown, then send it "
                + "again.");
        assertThat(refusedInEnglish.errors().getFirst().message()).isEqualTo("Columns missing from the first line: "
                + "prenom, matricule. Use the template: prenom;nom;email;matricule;service;site.");
    }

    @Test
    void the_former_import_addresses_redirect_permanently_to_the_new_ones_keeping_method_body_and_query()
            throws Exception {
        String token = hrToken(kit.employer("Ancienne Adresse SA").id());
        byte[] file = (HEADER + "Zoé;Lemaître;zoe@ancienne.example;A1;;\n").getBytes(StandardCharsets.UTF_8);

        try (HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
             HttpClient redirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()) {
            HttpResponse<String> template = send(noRedirects, java.net.http.HttpRequest.newBuilder(
                    address("/api/v1/employees/imports/template?x=1")).GET().build(), null);
            HttpResponse<String> job = send(noRedirects, java.net.http.HttpRequest.newBuilder(
                    address("/api/v1/employees/imports/42")).GET().build(), null);
            HttpResponse<String> preview = send(redirects, java.net.http.HttpRequest.newBuilder(
                            address("/api/v1/employees/imports/preview")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/csv")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(file)).build(), file);

            assertThat(template.statusCode()).isEqualTo(308);
            assertThat(template.headers().firstValue("Location")).hasValue("/api/v1/employee-imports/template?x=1");
            assertThat(job.statusCode()).isEqualTo(308);
            assertThat(job.headers().firstValue("Location")).hasValue("/api/v1/employee-imports/42");
            assertThat(preview.statusCode()).isEqualTo(200);
            assertThat(kit.read(new Answer(200, preview.body(), Map.of()), ImportReport.class).validLines())
                    .isEqualTo(1);
        }
    }

    private URI address(String path) {
        return server.getURI().resolve(path);
    }

    /** Sends with the JDK's client and has every hop checked against the OpenAPI document. */
    private static HttpResponse<String> send(HttpClient client, java.net.http.HttpRequest request, byte[] body)
            throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        WireExchanges.ofEveryHop(body, response).forEach(ContractChecks.platformApi()::check);
        return response;
    }

    @Test
    void the_template_downloads_and_previews_without_error() {
        String token = hrToken(kit.employer("Modèle SA").id());

        Answer template = kit.call(HttpRequest.GET("/api/v1/employee-imports/template").bearerAuth(token));
        ImportReport preview = kit.read(kit.call(HttpRequest.POST("/api/v1/employee-imports/preview",
                template.body().getBytes(StandardCharsets.UTF_8)).contentType("text/csv").bearerAuth(token)),
                ImportReport.class);

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains(".csv"));
        assertThat(template.body()).contains("prenom;nom;email;matricule;service;site", "Élodie");
        assertThat(preview.validLines()).isEqualTo(2);
        assertThat(preview.errors()).isEmpty();
    }

    @Test
    void an_import_of_10_000_lines_shows_its_progress_while_it_runs_then_its_report() {
        String token = hrToken(kit.employer("Dix Mille SA").id());
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 10_000; i++) {
            csv.append("Zoé;Lemaître-").append(i).append(";b").append(i).append("@dixmille.example;B").append(i)
                    .append(";Ventes;Nantes\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        Answer answer = kit.call(HttpRequest.POST("/api/v1/employee-imports", file).contentType("text/csv")
                .bearerAuth(token));
        long acceptedMillis = (System.nanoTime() - start) / 1_000_000;
        long id = kit.read(answer, ImportJobView.class).id();
        List<ImportJobView> seen = new ArrayList<>();
        ImportJobView job;
        do {
            pause();
            job = jobOf(token, id);
            seen.add(job);
        } while (job.status().equals(ImportJobView.RUNNING) && waitedLessThan(start, Duration.ofMinutes(2)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.println("imports 10 000 lines: accepted in " + acceptedMillis + " ms, done in " + millis + " ms, "
                + seen.size() + " polls");
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        assertThat(job.status()).isEqualTo(ImportJobView.DONE);
        assertThat(job.processedLines()).isEqualTo(job.totalLines()).isEqualTo(10_000);
        assertThat(job.report().imported()).isEqualTo(10_000);
        assertThat(job.finishedAt()).isNotNull();
        List<Integer> progress = seen.stream().map(ImportJobView::processedLines).toList();
        assertThat(progress).as("progress never goes back").isSorted();
        assertThat(seen).as("some polls saw the import half-way, before anything was committed")
                .anySatisfy(polled -> {
                    assertThat(polled.status()).isEqualTo(ImportJobView.RUNNING);
                    assertThat(polled.processedLines()).isBetween(1, 9_999);
                });
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE record_key LIKE '%@dixmille.example'"))
                .isEqualTo(10_000);
    }

    @Test
    void an_import_job_of_another_employer_is_not_found() {
        String tokenOfA = hrToken(kit.employer("Jobs A").id());
        String tokenOfB = hrToken(kit.employer("Jobs B").id());
        long jobOfB = kit.read(kit.call(HttpRequest.POST("/api/v1/employee-imports",
                (HEADER + "Jean;Secret;jean.secret@jobs-b.example;J1;;\n").getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv").bearerAuth(tokenOfB)), ImportJobView.class).id();

        Answer seenByA = kit.call(HttpRequest.GET("/api/v1/employee-imports/" + jobOfB).bearerAuth(tokenOfA));

        assertThat(seenByA.status()).isEqualTo(404);
        assertThat(kit.problem(seenByA).code()).isEqualTo(EmployeeRefusal.IMPORT_NOT_FOUND.code());
        assertThat(untilFinished(tokenOfB, jobOfB).status()).isEqualTo(ImportJobView.DONE);
    }

    @Test
    void a_running_job_whose_heartbeat_stopped_a_minute_ago_lost_its_server_and_reads_failed_interrupted() {
        long employerId = kit.employer("Crash SA").id();
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        String token = kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        Instant now = Instant.now();
        EmployeeImportJobRow lost = jobs.save(EmployeeImportJobRow.started(employerId, hr.id(), 50,
                now.minus(Duration.ofSeconds(90))));
        EmployeeImportJobRow slow = jobs.save(EmployeeImportJobRow.started(employerId, hr.id(), 50,
                now.minus(Duration.ofSeconds(30))));

        ImportJobView lostJob = jobOf(token, lost.id());
        ImportJobView slowJob = jobOf(token, slow.id());

        assertThat(lostJob.status()).isEqualTo(ImportJobView.FAILED);
        assertThat(lostJob.failureCode()).isEqualTo(ImportJobView.INTERRUPTED);
        assertThat(lostJob.failure()).contains("interrompu", "Aucun salarié n’a été créé");
        assertThat(lostJob.finishedAt()).isNotNull();
        assertThat(slowJob.status()).isEqualTo(ImportJobView.RUNNING);
    }

    @Test
    void a_job_declared_lost_while_it_runs_rolls_back_and_creates_nobody() {
        long employerId = kit.employer("Perdu SA").id();
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        String token = kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        EmployeeImportJobRow job = jobs.save(EmployeeImportJobRow.started(employerId, hr.id(), 1, Instant.now()));
        jobs.fail(job.id(), FailInterruptedImports.LOST, ImportFailure.INTERRUPTED.name(), Instant.now());

        runImportJob.run(job.id(), employerId, hr.id(),
                (HEADER + "Paul;Perdu;paul@perdu.example;P1;;\n").getBytes(StandardCharsets.UTF_8));

        assertThat(employeesOf(token).total()).isZero();
        assertThat(kit.notificationsTo("paul@perdu.example")).isEmpty();
        assertThat(jobOf(token, job.id()).status()).isEqualTo(ImportJobView.FAILED);
        assertThat(jobOf(token, job.id()).failureCode()).isEqualTo(ImportJobView.INTERRUPTED);
    }

    @Test
    void a_job_that_fails_on_an_error_says_so_with_its_own_code_not_as_interrupted() {
        long employerId = kit.employer("Erreur SA").id();
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        String token = kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        EmployeeImportJobRow job = jobs.save(EmployeeImportJobRow.started(employerId, hr.id(), 1, Instant.now()));

        // an employer id that does not exist: the job cannot address the invitations, an unexpected error
        runImportJob.run(job.id(), Long.MAX_VALUE, hr.id(),
                (HEADER + "Eva;Erreur;eva@erreur.example;E1;;\n").getBytes(StandardCharsets.UTF_8));

        ImportJobView failed = jobOf(token, job.id());
        assertThat(failed.status()).isEqualTo(ImportJobView.FAILED);
        assertThat(failed.failureCode()).isEqualTo(ImportJobView.ERROR);
        assertThat(failed.failure()).startsWith("L’import a échoué : aucun salarié n’a été créé.");
        assertThat(kit.notificationsTo("eva@erreur.example")).isEmpty();
    }

    private static String bad(Map<Integer, String> bad, int line, String code, String row) {
        bad.put(line, code);
        return row;
    }

    private EmployeePage employeesOf(String token) {
        return kit.read(kit.call(HttpRequest.GET("/api/v1/employees?size=5").bearerAuth(token)), EmployeePage.class);
    }

    private EmployeePage employeesOf(String token, String query) {
        return kit.read(kit.call(HttpRequest.GET("/api/v1/employees?size=5&q=" + query).bearerAuth(token)),
                EmployeePage.class);
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

    private ImportJobView jobOf(String token, long id) {
        Answer answer = kit.call(HttpRequest.GET("/api/v1/employee-imports/" + id).bearerAuth(token));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return kit.read(answer, ImportJobView.class);
    }

    /** Polls the job until it is DONE or FAILED, two minutes at most. */
    private ImportJobView untilFinished(String token, long id) {
        long start = System.nanoTime();
        ImportJobView job = jobOf(token, id);
        while (job.status().equals(ImportJobView.RUNNING)) {
            if (!waitedLessThan(start, Duration.ofMinutes(2))) {
                throw new AssertionError("Import job " + id + " still running after two minutes: " + job);
            }
            pause();
            job = jobOf(token, id);
        }
        return job;
    }

    /** What a portal polling for progress would wait between two calls, much shortened. */
    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean waitedLessThan(long startNanos, Duration limit) {
        return System.nanoTime() - startNanos < limit.toNanos();
    }

    private String hrToken(long employerId) {
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        return kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
    }
}
