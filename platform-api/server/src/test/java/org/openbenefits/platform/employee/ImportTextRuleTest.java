package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.employee.EmployeePage;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.contract.api.employee.ImportReport.LineError;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** The cells of a CSV import follow the rule of every text the API takes: no control or direction character, NFC. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportTextRuleTest implements TestPropertyProvider {

    private static final String HEADER = "prenom;nom;email;matricule;service;site\n";

    @Inject
    IdentityTestKit kit;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(
                TestInfrastructure.get().micronautProperties("platform_import_text"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @Test
    void cells_with_a_control_or_right_to_left_character_are_reported_on_their_line_and_column_and_not_quoted() {
        String token = hrToken();
        String csv = HEADER + "Léa;Bernard;lea.ok@texte.example;T1;;\n"
                + "Hugo\u202Eexe.doc;Petit;hugo@texte.example;T2;;\n"
                + "Anna;Nul\u0000;anna@texte.example;T3;;\n"
                + "Marc;Faure;marc\u202E@texte.example;T4\u0007;;\n";

        ImportReport preview = kit.read(kit.call(HttpRequest.POST("/api/v1/employee-imports/preview",
                csv.getBytes(StandardCharsets.UTF_8)).contentType("text/csv").bearerAuth(token)), ImportReport.class);

        assertThat(preview.validLines()).isEqualTo(1);
        assertThat(preview.errors()).extracting(LineError::line, LineError::column, LineError::code,
                error -> error.parameters().get("character")).containsExactly(
                tuple(3, "prenom", FieldCode.BIDIRECTIONAL_CONTROL.code(), "U+202E"),
                tuple(4, "nom", FieldCode.CONTROL_CHARACTER.code(), "U+0000"),
                tuple(5, "email", FieldCode.BIDIRECTIONAL_CONTROL.code(), "U+202E"),
                tuple(5, "matricule", FieldCode.CONTROL_CHARACTER.code(), "U+0007"));
        assertThat(preview.errors().getFirst().message()).isEqualTo("Ce texte contient un caractère invisible qui "
                + "change le sens d’écriture (U+202E) : retirez-le.");
        assertThat(preview.errors()).extracting(LineError::message).noneMatch(message -> message.contains("\u202E")
                || message.contains("\u0000") || message.contains("\u0007"));
    }

    @Test
    void decomposed_accents_in_cells_are_imported_composed() {
        String token = hrToken();
        String csv = HEADER + "Ele\u0301onore;Lefe\u0300vre;eleonore@nfc.example;N1;Comptabilite\u0301;Besanc\u0327on\n";

        Answer started = kit.call(HttpRequest.POST("/api/v1/employee-imports", csv.getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv").bearerAuth(token));
        ImportJobView job = untilFinished(token, kit.read(started, ImportJobView.class).id());
        EmployeeView imported = kit.read(kit.call(HttpRequest.GET("/api/v1/employees?q=eleonore@nfc.example")
                .bearerAuth(token)), EmployeePage.class).items().getFirst();

        assertThat(job.report().imported()).isEqualTo(1);
        assertThat(imported.firstName()).isEqualTo("Eléonore");
        assertThat(imported.lastName()).isEqualTo("Lefèvre");
        assertThat(imported.department()).isEqualTo("Comptabilité");
        assertThat(imported.site()).isEqualTo("Besançon");
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
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private String hrToken() {
        long employerId = kit.employer("Textes SA " + System.nanoTime()).id();
        return kit.signIn(kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId).email(),
                IdentityTestKit.GOOD_PASSWORD).accessToken();
    }
}
