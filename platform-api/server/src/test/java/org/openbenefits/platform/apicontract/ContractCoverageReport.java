package org.openbenefits.platform.apicontract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * After the tests of the module have run (all in one JVM, surefire's single fork), prints how many documented
 * operations and responses their exchanges reached and writes target/api-coverage.txt, with every distinct violation
 * in target/api-violations.txt. Under the threshold it leaves target/api-coverage-below-threshold, which fails the
 * verify phase of a whole-suite run (an enforcer rule in the module's pom; a run of chosen tests, -Dtest=..., is not
 * checked).
 */
public class ContractCoverageReport implements TestExecutionListener {

    static final String BELOW_THRESHOLD = "api-coverage-below-threshold";

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        delete(target().resolve(BELOW_THRESHOLD));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        ContractChecks checks = ContractChecks.platformApiIfUsed();
        if (checks == null) {
            return;
        }
        Coverage.Figures figures = checks.figures();
        if (figures.exchanges() == 0) {
            return; // tests without HTTP (unit tests run alone): nothing to report, and the last report stays
        }
        String more = checks.deliberate() + " requests outside the contract on purpose (tests marked @OutsideTheContract),"
                + " all refused; " + checks.outsideAnyTest() + " exchanges made while no test ran";
        System.out.println("[contract] " + figures.summary() + "; " + more);
        write(target().resolve("api-coverage.txt"), figures.report() + "\n" + more + "\n");
        List<String> violations = checks.distinctViolations();
        write(target().resolve("api-violations.txt"), "operation | status | side | key | message | first test\n"
                + String.join("\n", violations) + "\n");
        if (figures.belowThreshold()) {
            System.out.println("[contract] below the threshold: see target/api-coverage.txt for what no test reached");
            write(target().resolve(BELOW_THRESHOLD), figures.summary() + "\n");
        }
    }

    /** The module's target directory: surefire runs the tests from the module's directory. */
    private static Path target() {
        return Path.of(System.getProperty("basedir", "."), "target");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
