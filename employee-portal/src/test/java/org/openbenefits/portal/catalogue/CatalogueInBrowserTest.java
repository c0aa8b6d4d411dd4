package org.openbenefits.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.TestTokens;
import org.openbenefits.testkit.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Camille looks for a theatre evening in headless Chromium, against the fake platform-api as every browser test of
 * the portal: the search field found by its label, "theatre" typed without accents, "Théâtre…" among the results, its
 * page and what her allowances pay; then a refused price, on a phone and in English. Screenshots land in
 * {@code target/screenshots/}.
 */
@MicronautTest
class CatalogueInBrowserTest extends PortalWithFakeApi {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void an_employee_searches_theatre_opens_the_theatre_offer_and_reads_what_her_allowances_pay() {
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.go(server.getURL() + "/connexion");
            browser.driver().manage().addCookie(new Cookie(COOKIES.session(), TestTokens.accessToken("EMPLOYEE")));
            browser.go(server.getURL() + "/");
            browser.click("Catalogue");
            assertThat(browser.heading()).isEqualTo("Catalogue");
            assertThat(read(browser, ".offer-card__title")).hasSize(5);

            browser.fill("Rechercher", "theatre");
            browser.click("Rechercher").waitForText("1 offre");
            assertThat(browser.driver().getCurrentUrl()).contains("/catalogue?q=theatre");
            List<String> cards = read(browser, ".offer-card");
            assertThat(cards).hasSize(1);
            assertThat(cards.getFirst()).startsWith("Théâtre du Rond-Point : soirée spectacle")
                    .contains("Spectacles et concerts", "E-billet", "15,00 €", "22,00 €", "Plus que 3");
            assertThat(browser.driver().findElement(By.cssSelector(".offer-card del")).getCssValue("text-decoration-line"))
                    .isEqualTo("line-through");
            fullPageScreenshot(browser, "employee-portal-catalogue-fr.png");

            browser.click("Théâtre du Rond-Point : soirée spectacle");
            assertThat(browser.heading()).isEqualTo("Théâtre du Rond-Point : soirée spectacle");
            assertThat(browser.text().replace('\u00a0', ' ').replace('\u202f', ' ')).contains("Plus que 3",
                    "Avec vos dotations : 4,50 € à payer", "15,00 €, dont 10,50 € par vos dotations et 4,50 € par carte.",
                    "Valable un an à partir de l’achat");
            assertThat(browser.driver().findElements(By.cssSelector("main button"))).extracting(WebElement::getText)
                    .containsExactly("Ajouter au panier");
            fullPageScreenshot(browser, "employee-portal-catalogue-offer-fr.png");

            browser.driver().manage().window().setSize(new Dimension(375, 812));
            browser.driver().navigate().refresh();
            assertThat(horizontalOverflow(browser)).as("the offer scrolls sideways on a phone").isFalse();
            fullPageScreenshot(browser, "employee-portal-catalogue-offer-fr-mobile.png");

            browser.click("Retour au catalogue");
            assertThat(browser.heading()).isEqualTo("Catalogue");
            assertThat(horizontalOverflow(browser)).as("the catalogue scrolls sideways on a phone").isFalse();
            fullPageScreenshot(browser, "employee-portal-catalogue-fr-mobile.png");

            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.click("English").waitForText("Minimum price (€)");
            browser.fill("Minimum price (€)", "-5");
            browser.click("Search").waitForText("Enter a value of at least");
            WebElement price = browser.field("Minimum price (€)");
            assertThat(price.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.driver().findElement(By.id(price.getAttribute("aria-describedby").strip())).getText()
                    .replace('\u00a0', ' ')).isEqualTo("Enter a value of at least €0.00.");
            browser.fill("Minimum price (€)", "");
            browser.fill("Search", "nothing like it");
            browser.click("Search").waitForText("No offer matches: widen your search.");
            fullPageScreenshot(browser, "employee-portal-catalogue-empty-en.png");
            browser.assertNoPolicyViolations();
        }
    }

    /** The visible text of each element the selector finds, no-break spaces as plain ones. */
    private static List<String> read(Browser browser, String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText)
                .map(text -> text.replace('\u00a0', ' ').replace('\u202f', ' '))
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
