package org.openbenefits.portal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.FakeWallets;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.TestTokens;
import org.openbenefits.testkit.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Camille reads her allowances in headless Chromium: sent to sign in first, then the wallet as she sees it on a laptop
 * and on a phone, in French then English, and its summary on the home page. Screenshots land in
 * {@code target/screenshots/}.
 */
@MicronautTest
class WalletInBrowserTest extends PortalWithFakeApi {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void an_employee_signs_in_and_reads_her_allowances_on_a_laptop_and_on_a_phone() {
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.go(server.getURL() + "/mes-dotations");
            assertThat(browser.heading()).isEqualTo("Connexion");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/connexion?retour=%2Fmes-dotations");

            // Signed in as platform-api would sign her in (its token in the session cookie), the sign-in page
            // brings her back to the page she asked for.
            browser.driver().manage().addCookie(new Cookie(COOKIES.session(), TestTokens.accessToken("EMPLOYEE")));
            browser.driver().navigate().refresh();
            assertThat(browser.heading()).isEqualTo("Mes dotations");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/mes-dotations");

            assertThat(read(browser, ".wallet-total")).containsExactly("Subvention\n30,00 €", "Chèque culture\n80,00 €",
                    "Chèque cadeau\n150,00 €", "Total disponible\n260,00 €");
            List<String> cards = read(browser, ".grant-card");
            assertThat(cards).hasSize(3);
            assertThat(cards.get(0)).startsWith("Subvention").contains("Cinéma 2026", "30,00 €\nsur 50,00 €\nExpire dans 30 jours",
                    "Valable jusqu’au 31/12/2026 inclus", "Utilisable pour\nCinéma\njusqu’à 50 % du prix de chaque article");
            assertThat(cards.get(1)).startsWith("Chèque culture").contains("Culture 2026", "Expire dans 12 jours");
            assertThat(cards.get(2)).startsWith("Chèque cadeau").contains("Noël 2026", "Toutes catégories",
                    "Expire dans 61 jours");
            assertThat(browser.driver().findElement(By.cssSelector(".grant-card [role=progressbar]"))
                    .getAttribute("aria-valuetext").replace('\u00a0', ' ')).isEqualTo("30,00 € restants sur 50,00 €");
            assertThat(highlighted(browser)).containsExactly(true, true, false);
            assertThat(browser.text()).contains("Dotations terminées", "Révoquée", "Expirée", "Historique des opérations",
                    "Expiration : solde rendu à l’employeur");
            fullPageScreenshot(browser, "employee-portal-wallet-fr.png");

            browser.driver().manage().window().setSize(new Dimension(375, 812));
            browser.driver().navigate().refresh();
            assertThat(horizontalOverflow(browser)).as("the page scrolls sideways on a phone").isFalse();
            fullPageScreenshot(browser, "employee-portal-wallet-fr-mobile.png");

            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.click("English").waitForText("My allowances");
            assertThat(read(browser, ".wallet-total")).last().isEqualTo("Total available\n€260.00");
            assertThat(browser.text()).contains("Expires in 12 days", "Ended allowances", "History");
            fullPageScreenshot(browser, "employee-portal-wallet-en.png");

            browser.click("Home").waitForText("See my allowances");
            assertThat(read(browser, ".wallet-summary").getFirst().replace('\u00a0', ' '))
                    .contains("Total available\n€260.00", "Expires in 12 days");
            browser.click("Français").waitForText("Voir mes dotations");
            fullPageScreenshot(browser, "employee-portal-home-wallet-fr.png");
            browser.click("Voir mes dotations");
            assertThat(browser.heading()).isEqualTo("Mes dotations");
        }
    }

    @Test
    void an_employee_without_allowances_reads_that_none_has_come_yet_on_a_phone() {
        api.giveWallet(FakeWallets.empty());
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(375, 812));
            browser.go(server.getURL() + "/connexion");
            browser.driver().manage().addCookie(new Cookie(COOKIES.session(), TestTokens.accessToken("EMPLOYEE")));
            browser.go(server.getURL() + "/");
            assertThat(browser.text()).contains("Votre employeur ne vous a pas encore attribué de dotation.");
            fullPageScreenshot(browser, "employee-portal-home-wallet-empty-fr-mobile.png");

            browser.click("Voir mes dotations");
            assertThat(browser.heading()).isEqualTo("Mes dotations");
            assertThat(browser.text()).contains("Pas encore de dotation", "vous recevrez un e-mail");
            assertThat(horizontalOverflow(browser)).isFalse();
            fullPageScreenshot(browser, "employee-portal-wallet-empty-fr-mobile.png");
        }
    }

    /** The visible text of each element the selector finds, no-break spaces as plain ones. */
    private static List<String> read(Browser browser, String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText)
                .map(text -> text.replace('\u00a0', ' ').replace('\u202f', ' '))
                .toList();
    }

    /** Whether each card's expiry warning stands out from the card (a background of its own), in card order. */
    private static List<Boolean> highlighted(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".grant-card .grant-expiry")).stream()
                .map(warning -> !warning.getCssValue("background-color").equals("rgba(0, 0, 0, 0)"))
                .toList();
    }

    private static boolean horizontalOverflow(Browser browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
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
