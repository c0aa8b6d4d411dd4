package org.openbenefits.portalcommon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbenefits.testkit.browser.Browser;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A visitor's first minute on a portal, in headless Chromium: reads the home page, switches to English, meets the
 * error page, switches back, and looks at the page on a phone. Screenshots land in {@code target/screenshots/}.
 */
public abstract class PortalInBrowserContract {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    EmbeddedServer server;

    /** The portal's name in screenshot file names, e.g. "employee-portal". */
    protected abstract String portal();

    protected abstract String frenchHeading();

    protected abstract String englishHeading();

    @Test
    void a_visitor_reads_the_home_page_switches_to_english_and_meets_the_error_page() {
        try (Browser browser = Browser.open()) {
            browser.go(server.getURL() + "/");
            assertThat(browser.heading()).isEqualTo(frenchHeading());
            fullPageScreenshot(browser, portal() + "-home-fr.png");

            browser.click("English").waitForText(englishHeading());
            assertThat(browser.heading()).isEqualTo(englishHeading());
            fullPageScreenshot(browser, portal() + "-home-en.png");

            browser.go(server.getURL() + "/no-such-page");
            assertThat(browser.heading()).isEqualTo("Page not found");

            browser.click("Français").waitForText("Page introuvable");
            assertThat(browser.heading()).isEqualTo("Page introuvable");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/no-such-page");
            browser.screenshot(SCREENSHOTS.resolve(portal() + "-not-found-fr.png"));

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go(server.getURL() + "/");
            assertThat(browser.heading()).isEqualTo(frenchHeading());
            browser.screenshot(SCREENSHOTS.resolve(portal() + "-home-fr-mobile.png"));
        }
    }

    /** Saves the whole page, not only the visible part, by stretching the window to the page's height. */
    private static void fullPageScreenshot(Browser browser, String name) {
        Dimension window = browser.driver().manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(window.getWidth(), (int) height + 140));
        browser.screenshot(SCREENSHOTS.resolve(name));
        browser.driver().manage().window().setSize(window);
    }
}
