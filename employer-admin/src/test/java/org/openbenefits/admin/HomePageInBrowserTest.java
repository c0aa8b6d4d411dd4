package org.openbenefits.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbenefits.testkit.browser.Browser;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

@MicronautTest
class HomePageInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    EmbeddedServer server;

    @Test
    void an_hr_manager_reads_the_home_page_switches_to_english_and_meets_the_error_page() {
        try (Browser browser = Browser.open()) {
            browser.go(server.getURL() + "/");
            assertThat(browser.heading()).isEqualTo("Espace employeur");
            fullPageScreenshot(browser, "employer-admin-home-fr.png");

            browser.click("English").waitForText("Employer space");
            assertThat(browser.heading()).isEqualTo("Employer space");
            fullPageScreenshot(browser, "employer-admin-home-en.png");

            browser.go(server.getURL() + "/no-such-page");
            assertThat(browser.heading()).isEqualTo("Page not found");

            browser.click("Français").waitForText("Page introuvable");
            assertThat(browser.heading()).isEqualTo("Page introuvable");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/no-such-page");
            browser.screenshot(SCREENSHOTS.resolve("employer-admin-not-found-fr.png"));

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go(server.getURL() + "/");
            assertThat(browser.heading()).isEqualTo("Espace employeur");
            browser.screenshot(SCREENSHOTS.resolve("employer-admin-home-fr-mobile.png"));
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
