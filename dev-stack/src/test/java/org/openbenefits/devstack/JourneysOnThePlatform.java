package org.openbenefits.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbenefits.testkit.browser.Browser;

/**
 * Browser journeys on the whole platform as {@code ./run --fresh} starts it (demo data loaded): two headless Chromium
 * browsers, one for the HR manager in the employer portal and one for the employee in the employee portal, each with
 * its own cookies. The journeys of a class run in order and share the platform; everything stops afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class JourneysOnThePlatform {

    static final String DEMO_PASSWORD = "Demo-2026!";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final LaunchedStack stack;
    String admin;
    String portal;
    Browser hr;
    Browser employee;

    /** @param folder the folder under {@code target/} that keeps this class's platform data and logs */
    JourneysOnThePlatform(String folder) {
        stack = LaunchedStack.inTargetFolder(folder);
    }

    @BeforeAll
    void start_the_platform_and_two_browsers() throws Exception {
        stack.start("--fresh");
        admin = stack.url(LaunchedStack.EMPLOYER_ADMIN);
        portal = stack.url(LaunchedStack.EMPLOYEE_PORTAL);
        hr = Browser.open();
        employee = Browser.open();
    }

    @AfterAll
    void stop_everything() throws Exception {
        // Closing a browser fails if one of its pages broke its Content-Security-Policy: close both, stop the
        // platform, then report it.
        AssertionError refused = null;
        try {
            for (Browser browser : new Browser[] {hr, employee}) {
                if (browser != null) {
                    try {
                        browser.close();
                    } catch (AssertionError e) {
                        refused = refused == null ? e : refused;
                    }
                }
            }
            if (stack.isRunning()) {
                assertThat(stack.interruptAndWait()).as("no service or database left running")
                        .noneMatch(ProcessHandle::isAlive);
            }
        } finally {
            stack.killLeftovers();
        }
        if (refused != null) {
            throw refused;
        }
    }
}
