package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.audit.AuditEntryView;
import org.openbenefits.contract.api.audit.AuditPage;
import org.openbenefits.contract.api.employee.EmployeePage;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.contract.api.employee.ImportReport.LineError;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.invitation.InviteUser;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** CSV import of employees through the API: template, preview that writes nothing, import of the valid lines. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployeeImportTest implements TestPropertyProvider {

    private static final String HEADER = "prenom;nom;email;matricule;service;site\n";

    @Inject
    IdentityTestKit kit;
    @Inject
    TransactionOperations<Connection> transactions;

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
                case 100 -> bad(bad, line, "INVALID_EMAIL", "Anaïs;Bérard;pas-une-adresse;N100;;");
                case 200 -> bad(bad, line, "INVALID_EMAIL", "Anaïs;Bérard;anais@@mille.example;N200;;");
                case 300 -> bad(bad, line, "MISSING_FIELD", ";Bérard;p300@mille.example;N300;;");
                case 400 -> bad(bad, line, "MISSING_FIELD", "Anaïs;;p400@mille.example;N400;;");
                case 500 -> bad(bad, line, "MISSING_FIELD", "Anaïs;Bérard;p500@mille.example;;;");
                case 600 -> bad(bad, line, "MISSING_FIELD", "Anaïs;Bérard;;N600;;");
                case 700 -> bad(bad, line, "DUPLICATE_IN_FILE", "Anaïs;Bérard;p1@mille.example;N700;;");
                case 800 -> bad(bad, line, "DUPLICATE_IN_FILE", "Anaïs;Bérard;p800@mille.example;N2;;");
                case 900 -> bad(bad, line, "ALREADY_EXISTS", "Anaïs;Bérard;" + existing.email() + ";N900;;");
                case 1000 -> bad(bad, line, "ALREADY_EXISTS", "Anaïs;Bérard;p1000@mille.example;exist-1;;");
                default -> "Zoé;Lemaître-" + i + ";p" + i + "@mille.example;N" + i + ";Ventes;Nantes";
            };
            csv.append(row).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        ImportReport preview = kit.read(kit.call(HttpRequest.POST("/api/v1/employees/imports/preview", file)
                .contentType("text/csv").bearerAuth(token)), ImportReport.class);

        assertThat(preview.lines()).isEqualTo(1000);
        assertThat(preview.validLines()).isEqualTo(990);
        assertThat(preview.imported()).isZero();
        assertThat(preview.errors()).hasSize(10);
        Map<Integer, String> reported = new HashMap<>();
        preview.errors().forEach(error -> reported.put(error.line(), error.code()));
        assertThat(reported).isEqualTo(bad);
        assertThat(preview.errors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
        assertThat(employeesOf(token).total()).as("the preview writes nothing").isEqualTo(1);

        ImportReport imported = kit.read(kit.call(HttpRequest.POST("/api/v1/employees/imports", file)
                .contentType("text/csv").bearerAuth(token)), ImportReport.class);

        assertThat(imported.imported()).isEqualTo(990);
        assertThat(imported.errors()).hasSize(10);
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

        Answer answer = kit.call(HttpRequest.POST("/api/v1/employees/imports", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(kit.read(answer, ImportReport.class).imported()).isEqualTo(1);
        EmployeeView view = employeesOf(token).items().getFirst();
        assertThat(view.firstName()).isEqualTo("Hélène");
        assertThat(view.lastName()).isEqualTo("Dupont, née Müller");
        assertThat(view.site()).isEqualTo("Besançon");
    }

    @Test
    void a_file_without_the_required_columns_is_refused_as_a_whole() {
        String token = hrToken(kit.employer("Colonnes SA").id());

        Answer answer = kit.call(HttpRequest.POST("/api/v1/employees/imports/preview",
                "nom;email\nDupont;d@colonnes.example\n".getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv").bearerAuth(token));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(kit.problem(answer).code()).isEqualTo(ProblemCodes.CSV_UNREADABLE);
        assertThat(kit.problem(answer).detail()).contains("prenom", "matricule");
    }

    @Test
    void the_template_downloads_and_previews_without_error() {
        String token = hrToken(kit.employer("Modèle SA").id());

        Answer template = kit.call(HttpRequest.GET("/api/v1/employees/imports/template").bearerAuth(token));
        ImportReport preview = kit.read(kit.call(HttpRequest.POST("/api/v1/employees/imports/preview",
                template.body().getBytes(StandardCharsets.UTF_8)).contentType("text/csv").bearerAuth(token)),
                ImportReport.class);

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains(".csv"));
        assertThat(template.body()).contains("prenom;nom;email;matricule;service;site", "Élodie");
        assertThat(preview.validLines()).isEqualTo(2);
        assertThat(preview.errors()).isEmpty();
    }

    @Test
    void benchmark_imports_10_000_lines() {
        String token = hrToken(kit.employer("Dix Mille SA").id());
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 10_000; i++) {
            csv.append("Zoé;Lemaître-").append(i).append(";b").append(i).append("@dixmille.example;B").append(i)
                    .append(";Ventes;Nantes\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        Answer answer = kit.call(HttpRequest.POST("/api/v1/employees/imports", file).contentType("text/csv")
                .bearerAuth(token));
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.println("imports 10 000 lines: " + millis + " ms");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(kit.read(answer, ImportReport.class).imported()).isEqualTo(10_000);
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE record_key LIKE '%@dixmille.example'"))
                .isEqualTo(10_000);
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

    private String hrToken(long employerId) {
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        return kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
    }
}
