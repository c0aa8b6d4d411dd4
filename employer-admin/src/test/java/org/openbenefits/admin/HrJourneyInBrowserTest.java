package org.openbenefits.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.testing.TestTokens;
import org.openbenefits.testkit.browser.Browser;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An HR manager's first hour, in headless Chromium against the fake platform-api: an empty list, a new employee
 * refused then created, a CSV file previewed then imported while the progress bar fills (htmx), and the audit log.
 * Screenshots land in {@code target/screenshots/}.
 */
@MicronautTest
class HrJourneyInBrowserTest extends AdminPortalTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void an_hr_manager_creates_an_employee_then_imports_a_file_and_watches_the_import_finish() throws IOException {
        Path file = Files.createTempFile("salaries-", ".csv");
        Files.writeString(file, "prenom;nom;email;matricule;service;site\n"
                + "Élodie;Lefèvre;elodie.lefevre@acme.example;M0010;Comptabilité;Lyon\n"
                + "Paul;Girard;paul.girard.acme.example;M0011;;Paris\n"
                + "François;Nguyễn;francois.nguyen@acme.example;M0012;;\n", StandardCharsets.UTF_8);
        try (Browser browser = Browser.open()) {
            browser.go(server.getURL() + "/connexion");
            browser.driver().manage().addCookie(new Cookie(COOKIES.session(), TestTokens.accessToken("HR_MANAGER")));

            browser.go(server.getURL() + "/salaries");
            assertThat(browser.text()).contains("Aucun salarié pour l’instant");
            browser.screenshot(SCREENSHOTS.resolve("employer-admin-employees-empty.png"));

            browser.click("Créer un salarié");
            waitFor(browser, "Identité");
            browser.fill("Prénom", "Camille").fill("E-mail professionnel", "camille.martin@acme.example")
                    .fill("Matricule", "M0001");
            browser.click("Créer et envoyer l’invitation");
            waitFor(browser, "Ce champ est obligatoire.");
            assertThat(browser.field("Prénom").getAttribute("value")).isEqualTo("Camille");
            browser.screenshot(SCREENSHOTS.resolve("employer-admin-employee-refused.png"));

            browser.fill("Nom", "Martin").fill("Prénom de l’enfant 1", "Jules");
            browser.click("Ajouter un enfant");
            waitFor(browser, "Prénom de l’enfant 2");
            assertThat(browser.field("Nom").getAttribute("value")).isEqualTo("Martin");
            // What a date picker sends whatever the browser's locale (typing depends on it).
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2016-04-30'",
                    browser.field("Date de naissance de l’enfant 1"));
            browser.click("Créer et envoyer l’invitation");
            waitFor(browser, "Invitation envoyée à camille.martin@acme.example");
            assertThat(browser.heading()).isEqualTo("Camille Martin");
            browser.screenshot(SCREENSHOTS.resolve("employer-admin-employee-created.png"));

            browser.go(server.getURL() + "/salaries/import");
            browser.field("Fichier CSV").sendKeys(file.toAbsolutePath().toString());
            browser.click("Vérifier le fichier");
            waitFor(browser, "Vérification du fichier");
            assertThat(browser.text()).contains("Cette adresse e-mail n’est pas valide");
            browser.screenshot(SCREENSHOTS.resolve("employer-admin-import-preview.png"));

            browser.click("Importer les 2 lignes valides");
            waitFor(browser, "Import terminé");
            assertThat(browser.text()).contains("Salariés créés : 2", "Invitations envoyées : 2");
            browser.screenshot(SCREENSHOTS.resolve("employer-admin-import-done.png"));

            browser.click("Voir les salariés");
            waitFor(browser, "Nombre de salariés : 1");
            browser.screenshot(SCREENSHOTS.resolve("employer-admin-employees.png"));
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(importApi.imported()).hasSize(1);
    }

    @Test
    void a_signed_in_hr_managers_header_holds_on_one_line_in_a_1280_pixel_window() {
        try (Browser browser = Browser.open()) {
            browser.go(server.getURL() + "/connexion");
            browser.driver().manage().addCookie(new Cookie(COOKIES.session(), TestTokens.accessToken("HR_MANAGER")));
            browser.go(server.getURL() + "/salaries");
            waitFor(browser, "Aucun salarié pour l’instant");

            assertThat(browser.driver().manage().window().getSize().getWidth()).isEqualTo(1280);
            // Every part of the header shares one horizontal band: none went to a line of its own.
            Object oneLine = ((JavascriptExecutor) browser.driver()).executeScript("""
                    const parts = [...document.querySelectorAll('.site-header__bar .brand, .primary-nav li,'
                        + ' .language-switch ul, .session-menu__name, .session-menu__form')]
                        .map(part => part.getBoundingClientRect());
                    return parts.length === 9
                        && Math.max(...parts.map(r => r.top)) < Math.min(...parts.map(r => r.bottom));""");
            assertThat(oneLine).isEqualTo(true);
            assertThat(browser.text()).contains("Camille Martin", "Se déconnecter", "Français", "English");
            browser.screenshot(SCREENSHOTS.resolve("employer-admin-header-signed-in.png"));
        }
    }

    /**
     * Waits for the text, also while the page is being replaced (its body may be gone, or not there yet: stale or
     * missing elements, or Chromium's "node does not belong to the document"); a text that never appears fails as an
     * AssertionError.
     */
    private static void waitFor(Browser browser, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                browser.waitForText(text);
                return;
            } catch (WebDriverException pageBeingReplaced) {
                if (attempt == 5) {
                    throw pageBeingReplaced;
                }
            }
        }
    }
}
