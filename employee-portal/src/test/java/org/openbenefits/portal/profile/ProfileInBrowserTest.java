package org.openbenefits.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.TestTokens;
import org.openbenefits.testkit.browser.Browser;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;

/**
 * Camille keeps her profile up to date in headless Chromium: a mistyped postal code, its correction, then English.
 * Screenshots land in {@code target/screenshots/}.
 */
@MicronautTest
class ProfileInBrowserTest extends PortalWithFakeApi {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void an_employee_corrects_a_postal_code_then_switches_the_portal_to_english() {
        try (Browser browser = Browser.open()) {
            // Tall enough for the whole profile page: every button in view, every screenshot the full page.
            browser.driver().manage().window().setSize(new Dimension(1280, 2600));
            browser.go(server.getURL() + "/");
            browser.driver().manage().addCookie(new Cookie(COOKIES.session(), TestTokens.accessToken("EMPLOYEE")));
            browser.go(server.getURL() + "/");
            assertThat(browser.heading()).isEqualTo("Bonjour Camille");
            browser.screenshot(SCREENSHOTS.resolve("employee-portal-home-signed-in-fr.png"));

            browser.click("Mon profil");
            assertThat(browser.heading()).isEqualTo("Mon profil");
            browser.fill("Numéro et rue", "4 place Bellecour").fill("Code postal", "6900");
            browser.click("Enregistrer l’adresse").waitForText("Le code postal compte 5 chiffres.");
            assertThat(browser.field("Numéro et rue").getAttribute("value")).isEqualTo("4 place Bellecour");
            browser.screenshot(SCREENSHOTS.resolve("employee-portal-profile-error-fr.png"));

            browser.fill("Code postal", "69002");
            browser.click("Enregistrer l’adresse").waitForText("Votre adresse postale est enregistrée.");
            assertThat(api.profile().address().postalCode()).isEqualTo("69002");

            browser.field("English").click();
            browser.click("Enregistrer la langue").waitForText("Your language is saved.");
            assertThat(browser.heading()).isEqualTo("My profile");
            browser.screenshot(SCREENSHOTS.resolve("employee-portal-profile-en.png"));

            browser.click("Delete my account");
            assertThat(browser.heading()).isEqualTo("Delete my account");
            browser.screenshot(SCREENSHOTS.resolve("employee-portal-deletion-en.png"));
        }
    }
}
