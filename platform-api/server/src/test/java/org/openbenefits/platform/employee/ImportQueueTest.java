package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The import threads are bounded: when they are all busy and the queue is full, an import is refused at once; so is a
 * preview beyond those running (none allowed here, to see the refusal).
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportQueueTest implements TestPropertyProvider {

    @Inject
    IdentityTestKit kit;
    @Inject
    @Named(ImportExecutorFactory.NAME)
    ExecutorService importThreads;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_queue"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        properties.put("platform.imports.threads", "1");
        properties.put("platform.imports.queue-capacity", "1");
        properties.put("platform.imports.concurrent-previews", "0");
        return properties;
    }

    @Test
    void an_import_beyond_the_busy_threads_and_the_full_queue_is_refused_with_503_and_retry_after() throws Exception {
        long employerId = kit.employer("File pleine SA").id();
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        String token = kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        CountDownLatch release = new CountDownLatch(1);
        importThreads.execute(() -> await(release));
        importThreads.execute(() -> await(release));

        Answer answer = kit.call(HttpRequest.POST("/api/v1/employee-imports",
                "prenom;nom;email;matricule\nLou;Attente;lou@file-pleine.example;F1\n"
                        .getBytes(StandardCharsets.UTF_8)).contentType("text/csv").bearerAuth(token));
        release.countDown();

        assertThat(answer.status()).isEqualTo(503);
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo(EmployeeRefusal.IMPORTS_BUSY.code());
        assertThat(problem.parameters()).containsEntry("seconds", 60);
        assertThat(problem.retryAfter()).isEqualTo(60);
        assertThat(answer.header("Retry-After")).hasValue("60");
        assertThat(failedJobsOf(employerId)).as("the refused import is recorded as FAILED, BUSY").isEqualTo(1);
        assertThat(kit.notificationsTo("lou@file-pleine.example")).isEmpty();
    }

    @Test
    void a_preview_beyond_those_running_is_refused_with_503_and_retry_after() {
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, kit.employer("Aperçus SA").id());
        String token = kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();

        Answer answer = kit.call(HttpRequest.POST("/api/v1/employee-imports/preview",
                "prenom;nom;email;matricule\nLou;Attente;lou@apercus.example;F1\n".getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv").bearerAuth(token));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(kit.problem(answer).code()).isEqualTo(EmployeeRefusal.PREVIEWS_BUSY.code());
        assertThat(kit.problem(answer).parameters()).containsEntry("seconds", 10);
        assertThat(answer.header("Retry-After")).hasValue("10");
    }

    private long failedJobsOf(long employerId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT COUNT(*) FROM employee_import_job WHERE employer_id = ? AND status = 'FAILED' "
                            + "AND failure_code = 'BUSY'")) {
                statement.setLong(1, employerId);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
