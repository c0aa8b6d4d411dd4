package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The probe's import stayed RUNNING for 15 minutes after platform-api died, then read FAILED with a wrong reason. A
 * crash is simulated here by what it leaves behind: a RUNNING row whose heartbeat stopped. The sweep that runs at
 * start-up and with every heartbeat marks it FAILED, INTERRUPTED, within a minute, read or not; jobs an instance still
 * holds keep beating, however long they wait; a clean stop marks its own jobs at once.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterruptedImportsTest implements TestPropertyProvider {

    @Inject
    IdentityTestKit kit;
    @Inject
    EmployeeImportJobs jobs;
    @Inject
    FailInterruptedImports failInterrupted;
    @Inject
    ImportHeartbeat heartbeat;
    @Inject
    ImportJobReader views;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_crash"));
        // the tests beat and sweep by hand
        properties.put("platform.imports.heartbeat-interval", "1h");
        return properties;
    }

    @Test
    void a_job_left_running_by_a_crashed_instance_is_failed_as_interrupted_by_the_sweep_without_being_read() {
        UserAccountRow hr = hr("Panne SA");
        EmployeeImportJobRow crashed = running(hr, Instant.now().minus(Duration.ofSeconds(61)));
        EmployeeImportJobRow alive = running(hr, Instant.now().minus(Duration.ofSeconds(20)));

        int failed = failInterrupted.run();

        EmployeeImportJobRow afterCrash = jobs.findById(crashed.id()).orElseThrow();
        assertThat(failed).isGreaterThanOrEqualTo(1);
        assertThat(afterCrash.status()).isEqualTo(EmployeeImportJobRow.Status.FAILED);
        assertThat(afterCrash.failureCode()).isEqualTo(ImportFailure.INTERRUPTED.name());
        assertThat(afterCrash.failure()).isEqualTo(FailInterruptedImports.LOST);
        assertThat(afterCrash.finishedAt()).isNotNull();
        assertThat(jobs.findById(alive.id()).orElseThrow().status()).isEqualTo(EmployeeImportJobRow.Status.RUNNING);
    }

    @Test
    void a_job_this_instance_holds_keeps_beating_while_it_waits_and_is_not_taken_for_a_crash() {
        UserAccountRow hr = hr("Attente SA");
        EmployeeImportJobRow waiting = running(hr, Instant.now().minus(Duration.ofSeconds(50)));
        heartbeat.hold(waiting.id());
        try {
            heartbeat.beat();
            EmployeeImportJobRow beaten = jobs.findById(waiting.id()).orElseThrow();
            failInterrupted.run();

            assertThat(beaten.heartbeatAt()).isAfter(Instant.now().minus(Duration.ofSeconds(10)));
            assertThat(jobs.findById(waiting.id()).orElseThrow().status())
                    .isEqualTo(EmployeeImportJobRow.Status.RUNNING);
        } finally {
            heartbeat.release(waiting.id());
        }
    }

    @Test
    void an_instance_that_stops_cleanly_marks_the_jobs_it_holds_interrupted_at_once() {
        UserAccountRow hr = hr("Arrêt SA");
        EmployeeImportJobRow held = running(hr, Instant.now());
        EmployeeImportJobRow elsewhere = running(hr, Instant.now());
        heartbeat.hold(held.id());
        try {
            heartbeat.stopping();
        } finally {
            heartbeat.release(held.id());
        }

        EmployeeImportJobRow stopped = jobs.findById(held.id()).orElseThrow();
        assertThat(stopped.status()).isEqualTo(EmployeeImportJobRow.Status.FAILED);
        assertThat(stopped.failureCode()).isEqualTo(ImportFailure.INTERRUPTED.name());
        assertThat(jobs.findById(elsewhere.id()).orElseThrow().status()).as("another instance's job")
                .isEqualTo(EmployeeImportJobRow.Status.RUNNING);
    }

    @Test
    void a_finished_job_is_never_turned_into_an_interrupted_one_and_its_report_saved_before_codes_still_reads() {
        UserAccountRow hr = hr("Fini SA");
        EmployeeImportJobRow done = running(hr, Instant.now().minus(Duration.ofMinutes(5)));
        // a report as saved before errors were capped and counted: no errorCount
        jobs.finish(done.id(), "{\"lines\":2,\"validLines\":1,\"imported\":1,\"errors\":[{\"line\":3,"
                + "\"column\":\"email\",\"code\":\"INVALID_EMAIL\",\"message\":\"Adresse invalide.\"}]}", Instant.now());

        failInterrupted.run();

        ImportJobView view = views.find(hr.employerId(), done.id(), "en").orElseThrow();
        assertThat(view.status()).isEqualTo(ImportJobView.DONE);
        assertThat(view.report().errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).as("its old code").isEqualTo("INVALID_EMAIL");
            assertThat(error.message()).as("as it was saved").isEqualTo("Adresse invalide.");
            assertThat(error.parameters()).isEmpty();
        });
        assertThat(view.report().errorCount()).isEqualTo(1);
    }

    private EmployeeImportJobRow running(UserAccountRow hr, Instant lastHeartbeat) {
        return jobs.save(EmployeeImportJobRow.started(hr.employerId(), hr.id(), 10, lastHeartbeat));
    }

    private UserAccountRow hr(String employer) {
        return kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, kit.employer(employer).id());
    }
}
