package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Not a test: prints the live heap an import and a preview hold, for 10,000 and for 100,000 lines (the line limit), to
 * show that it follows the caps and not the file: the file itself, plus about 250 bytes per line for the duplicate
 * checks, plus a report of 1,000 errors at most. A sampler forces a collection every 250 ms and keeps the largest heap
 * in use after it, above what was in use before the import. Half of each file's lines are errors, so that the report
 * would hold 5,000 and 50,000 errors if it were not capped. Its name keeps it out of the build's test run; run it with
 * {@code ./mvnw test -pl platform-api/server -am -Dtest=ImportMemoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.imports=true}.
 */
@NeedsInfrastructure
@EnabledIfSystemProperty(named = "benchmark.imports", matches = "true")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportMemoryBenchmark implements TestPropertyProvider {

    private static final String HEADER = "prenom;nom;email;matricule;service;site\n";

    @Inject
    IdentityTestKit kit;
    @Inject
    ImportEmployees importEmployees;
    @Inject
    PreviewEmployeeImport previewImport;
    @Inject
    ImportJobReader jobs;

    @Override
    public Map<String, String> getProperties() {
        return new HashMap<>(TestInfrastructure.get().micronautProperties("platform_import_benchmark"));
    }

    @Test
    void live_heap_of_imports_and_previews_of_10_000_and_100_000_lines() throws Exception {
        run(2_000, "warm-up");
        run(10_000, "small");
        run(100_000, "large");
    }

    private void run(int lines, String label) throws Exception {
        long employerId = kit.employer("Mémoire " + label + " SA").id();
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        CurrentUser user = new CurrentUser(hr.id(), Role.HR_MANAGER, employerId);
        byte[] file = file(lines, label);

        long start = System.nanoTime();
        long[] previewPeak = {0};
        ImportSummary preview = measured(previewPeak, () -> ((PreviewEmployeeImport.Reported)
                previewImport.preview(user, file)).report());
        long previewMillis = (System.nanoTime() - start) / 1_000_000;

        start = System.nanoTime();
        long[] importPeak = {0};
        ImportJobView done = measured(importPeak, () -> {
            long id = ((ImportEmployees.Started) importEmployees.start(user, file)).jobId();
            ImportJobView job = jobs.find(employerId, id, "fr").orElseThrow();
            while (job.status().equals(ImportJobView.RUNNING)) {
                Thread.sleep(50);
                job = jobs.find(employerId, id, "fr").orElseThrow();
            }
            return job;
        });
        long importMillis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("imports %,d lines (%,d bytes, %,d errors, %,d listed): preview %,d ms, live heap +%,d KB;"
                        + " import %,d ms, live heap +%,d KB, %s%n", lines, file.length, preview.errorCount(),
                preview.errors().size(), previewMillis, previewPeak[0] / 1024, importMillis, importPeak[0] / 1024,
                done.status());
        assertThat(done.status()).isEqualTo(ImportJobView.DONE);
        assertThat(done.report().imported()).isEqualTo(lines / 2);
        assertThat(done.report().errors()).hasSizeLessThanOrEqualTo(1_000);
    }

    /** Runs the work while a sampler keeps the largest heap in use after a forced collection, above the start. */
    private static <T> T measured(long[] peak, Work<T> work) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong highest = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                memory.gc();
                highest.accumulateAndGet(memory.getHeapMemoryUsage().getUsed() - baseline, Math::max);
                try {
                    Thread.sleep(Duration.ofMillis(250));
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            return work.run();
        } finally {
            running.set(false);
            sampler.join();
            peak[0] = highest.get();
        }
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    /** {@code lines} lines, every other one missing its first name. */
    private static byte[] file(int lines, String label) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= lines; i++) {
            csv.append(i % 2 == 0 ? "Zoé" : "").append(";Lemaître-").append(i).append(";m").append(i).append('@')
                    .append(label).append(".memoire.example;M").append(i).append(";Comptabilité;Lyon\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
