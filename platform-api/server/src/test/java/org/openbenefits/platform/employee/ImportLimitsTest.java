package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
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
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The probe's attack on imports: a 10 MB file of 186,000 lines ran platform-api out of memory. Now a file above the
 * limits (10 MB, 100,000 lines: the defaults) is refused at once, whole, with the limit and what was found, nothing
 * queued or written, whether the import, the preview or the HTTP server itself refuses it; and a file of many bad lines
 * leaves a report of the first 1,000 errors with the exact count of all.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportLimitsTest implements TestPropertyProvider {

    private static final String HEADER = "prenom;nom;email;matricule;service;site\n";
    private static final long TEN_MEGABYTES = 10L * 1024 * 1024;

    @Inject
    IdentityTestKit kit;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_limits"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @Test
    void the_probes_10_mb_file_of_186_000_lines_is_refused_before_any_work_and_the_service_still_answers() {
        long employerId = kit.employer("Gros Fichier SA").id();
        String token = hrToken(employerId);
        byte[] file = linesOfAbout(186_000, 9_700_000);

        Answer imported = kit.call(HttpRequest.POST("/api/v1/employee-imports", file).contentType("text/csv")
                .bearerAuth(token));
        Answer previewed = kit.call(HttpRequest.POST("/api/v1/employee-imports/preview", file)
                .contentType("text/csv").bearerAuth(token));
        Answer uploaded = kit.call(HttpRequest.POST("/api/v1/employee-imports", multipart(file))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token));
        Answer afterwards = kit.call(HttpRequest.GET("/api/v1/employees?size=5").bearerAuth(token));

        assertThat(file.length).isBetween(9_000_000, 10_000_000);
        for (Answer refused : new Answer[] {imported, previewed, uploaded}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            ProblemDetail problem = kit.problem(refused);
            assertThat(problem.code()).isEqualTo(EmployeeRefusal.CSV_TOO_MANY_LINES.code());
            assertThat(parameter(problem, "limit")).isEqualTo(100_000);
            assertThat(parameter(problem, "found")).isEqualTo(186_000);
            // French digit grouping: a narrow no-break space
            assertThat(problem.detail()).contains("186\u202f000", "100\u202f000").doesNotContain("Exception", "java.");
        }
        assertThat(jobsOf(employerId)).as("no job queued").isZero();
        assertThat(afterwards.status()).as("the service still answers").isEqualTo(200);
    }

    @Test
    void a_file_of_exactly_the_line_limit_is_not_refused_for_its_lines() {
        String token = hrToken(kit.employer("Pile Poil SA").id());
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 100_000; i++) {
            csv.append(";;;;;\n");
        }
        csv.append("Léa;Limite;lea@pile-poil.example;L1;;\n");

        Answer previewed = kit.call(HttpRequest.POST("/api/v1/employee-imports/preview",
                csv.toString().getBytes(StandardCharsets.UTF_8)).contentType("text/csv").bearerAuth(token));

        assertThat(previewed.status()).as("blank lines do not count").isEqualTo(200);
        assertThat(kit.read(previewed, ImportReport.class).validLines()).isEqualTo(1);
    }

    @Test
    void a_file_above_the_size_limit_gets_the_same_refusal_from_the_import_and_from_the_http_server() {
        long employerId = kit.employer("Trop Lourd SA").id();
        String token = hrToken(employerId);
        byte[] justAbove = linesOfAbout(100, (int) TEN_MEGABYTES + 1);
        byte[] farAbove = linesOfAbout(100, (int) TEN_MEGABYTES * 2);

        Answer byTheImport = kit.call(HttpRequest.POST("/api/v1/employee-imports", justAbove)
                .contentType("text/csv").bearerAuth(token));
        Answer byTheServer = kit.call(HttpRequest.POST("/api/v1/employee-imports", farAbove)
                .contentType("text/csv").bearerAuth(token));
        Answer previewByTheServer = kit.call(HttpRequest.POST("/api/v1/employee-imports/preview", farAbove)
                .contentType("text/csv").bearerAuth(token));
        Answer uploadByTheServer = kit.call(HttpRequest.POST("/api/v1/employee-imports", multipart(justAbove))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token));
        Answer afterwards = kit.call(HttpRequest.GET("/api/v1/employees?size=5").bearerAuth(token));

        for (Answer refused : new Answer[] {byTheImport, byTheServer, previewByTheServer, uploadByTheServer}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(413);
            assertThat(refused.header("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith(ProblemDetail.MEDIA_TYPE));
            ProblemDetail problem = kit.problem(refused);
            assertThat(problem.code()).as(refused.body()).isEqualTo(EmployeeRefusal.CSV_TOO_LARGE.code());
            assertThat(problem.parameters()).containsOnlyKeys("limit");
            assertThat(parameter(problem, "limit")).isEqualTo(TEN_MEGABYTES);
            // French digit grouping: a narrow no-break space
            assertThat(problem.detail()).contains("(10\u202f485\u202f760 octets)")
                    .doesNotContain("content length", "Exception", "java.");
        }
        assertThat(jobsOf(employerId)).isZero();
        assertThat(afterwards.status()).isEqualTo(200);
    }

    @Test
    void a_file_of_2500_bad_lines_lists_the_first_1000_errors_and_counts_all_2500_in_preview_and_report() {
        String token = hrToken(kit.employer("Mille Erreurs SA").id());
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 3_000; i++) {
            // one line in six is good; the others miss their first name
            csv.append(i % 6 == 0 ? "Zoé" : "").append(";Erreur-").append(i).append(";e").append(i)
                    .append("@mille-erreurs.example;E").append(i).append(";;\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        ImportReport preview = kit.read(kit.call(HttpRequest.POST("/api/v1/employee-imports/preview", file)
                .contentType("text/csv").bearerAuth(token)), ImportReport.class);
        long id = kit.read(kit.call(HttpRequest.POST("/api/v1/employee-imports", file).contentType("text/csv")
                .bearerAuth(token)), ImportJobView.class).id();
        ImportReport report = untilFinished(token, id).report();

        for (ImportReport checked : new ImportReport[] {preview, report}) {
            assertThat(checked.lines()).isEqualTo(3_000);
            assertThat(checked.validLines()).isEqualTo(500);
            assertThat(checked.errorCount()).isEqualTo(2_500);
            assertThat(checked.errors()).hasSize(1_000);
            assertThat(checked.errors().getFirst().line()).isEqualTo(2);
            assertThat(checked.errors()).extracting(ImportReport.LineError::line).isSorted();
        }
        assertThat(report.imported()).isEqualTo(500);
    }

    @Test
    void an_address_of_a_million_characters_is_reported_too_long_without_being_quoted() {
        String token = hrToken(kit.employer("Adresse Longue SA").id());
        byte[] file = (HEADER + "Ana;Longue;" + "x".repeat(1_000_000) + ";A1;;\n").getBytes(StandardCharsets.UTF_8);

        ImportReport preview = kit.read(kit.call(HttpRequest.POST("/api/v1/employee-imports/preview", file)
                .contentType("text/csv").bearerAuth(token)), ImportReport.class);

        assertThat(preview.errors()).extracting(ImportReport.LineError::code)
                .containsExactly(FieldCode.TOO_LONG.code(), FieldCode.INVALID_EMAIL.code());
        assertThat(preview.errors().getFirst().parameters()).containsEntry("max", 254);
        assertThat(preview.errors()).allSatisfy(error -> assertThat(error.message()).hasSizeLessThan(200)
                .doesNotContain("xxx"));
    }

    /** A file of {@code lines} valid-looking ASCII data lines, padded in the site column to about {@code bytes} bytes. */
    private static byte[] linesOfAbout(int lines, int bytes) {
        int perLine = Math.max(40, (bytes - HEADER.length() + lines - 1) / lines);
        StringBuilder csv = new StringBuilder(bytes + perLine);
        csv.append(HEADER);
        for (int i = 1; i <= lines; i++) {
            int start = csv.length();
            csv.append("Zoe;Lemaitre;z").append(i).append("@gros.example;G").append(i).append(";Ventes;");
            int pad = perLine - (csv.length() - start) - 1;
            csv.append("S".repeat(Math.max(1, pad))).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long parameter(ProblemDetail problem, String name) {
        assertThat(problem.parameters()).containsKey(name);
        return ((Number) problem.parameters().get(name)).longValue();
    }

    private static MultipartBody multipart(byte[] file) {
        return MultipartBody.builder().addPart("file", "salaries.csv", MediaType.of("text/csv"), file).build();
    }

    private long jobsOf(long employerId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT COUNT(*) FROM employee_import_job WHERE employer_id = ?")) {
                statement.setLong(1, employerId);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private ImportJobView untilFinished(String token, long id) {
        long start = System.nanoTime();
        while (true) {
            ImportJobView job = kit.read(kit.call(HttpRequest.GET("/api/v1/employee-imports/" + id)
                    .bearerAuth(token)), ImportJobView.class);
            if (!job.status().equals(ImportJobView.RUNNING)) {
                return job;
            }
            if (System.nanoTime() - start > Duration.ofMinutes(2).toNanos()) {
                throw new AssertionError("Import job " + id + " still running after two minutes: " + job);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private String hrToken(long employerId) {
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        return kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
    }
}
