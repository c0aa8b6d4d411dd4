package org.openbenefits.portal.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.FakeCatalogue;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.TestTokens;
import org.openbenefits.testkit.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Camille fills her cart in headless Chromium, against the fake platform-api as every browser test of the portal:
 * two offers added from their pages with the quantity found by its label, a quantity changed in the cart, an
 * advantage code that does not apply and why beside its field, then one that applies, and what pays each line.
 * Screenshots land in {@code target/screenshots/}.
 */
@MicronautTest
class CartInBrowserTest extends PortalWithFakeApi {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CINEMA = FakeCatalogue.CINEMA.detail().title();
    private static final String LIVRES = FakeCatalogue.LIVRES.detail().title();

    @Test
    void an_employee_adds_two_offers_changes_a_quantity_tries_two_codes_and_reads_what_pays_each_line() {
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.go(server.getURL() + "/connexion");
            browser.driver().manage().addCookie(new Cookie(COOKIES.session(), TestTokens.accessToken("EMPLOYEE")));

            browser.go(server.getURL() + "/catalogue/" + FakeCatalogue.CINEMA.detail().id());
            browser.fill("Quantité", "1");
            browser.click("Ajouter au panier").waitForText("« " + CINEMA + " » est dans votre panier.");
            assertThat(browser.heading()).isEqualTo("Panier");

            browser.go(server.getURL() + "/catalogue/" + FakeCatalogue.LIVRES.detail().id());
            browser.fill("Quantité", "1");
            browser.click("Ajouter au panier").waitForText("« " + LIVRES + " » est dans votre panier.");
            assertThat(browser.driver().findElement(By.cssSelector(".primary-nav .nav-count")).getText()).isEqualTo("2");

            WebElement cinemaQuantity = lineQuantity(browser, FakeCatalogue.CINEMA.detail().id());
            cinemaQuantity.clear();
            cinemaQuantity.sendKeys("2");
            browser.click("Mettre à jour la quantité de « " + CINEMA + " »")
                    .waitForText("« " + CINEMA + " » est dans votre panier.");
            assertThat(lineQuantity(browser, FakeCatalogue.CINEMA.detail().id()).getAttribute("value")).isEqualTo("2");

            browser.fill("Code avantage", "portoffert");
            browser.click("Appliquer").waitForText("Le code avantage est enregistré.");
            WebElement code = browser.field("Code avantage");
            assertThat(code.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.driver().findElement(By.id(code.getAttribute("aria-describedby").strip())).getText())
                    .isEqualTo("Le code PORTOFFERT offre la livraison : il ne sert qu’avec une offre envoyée par la poste.");
            fullPageScreenshot(browser, "employee-portal-cart-code-refused-fr.png");

            browser.fill("Code avantage", "CULTURE10");
            browser.click("Appliquer").waitForText("avec le code CULTURE10");
            code = browser.field("Code avantage");
            assertThat(browser.driver().findElement(By.id(code.getAttribute("aria-describedby").strip())).getText()
                    .replace('\u00a0', ' ').replace('\u202f', ' ')).isEqualTo("−1,70 € avec le code CULTURE10");

            assertThat(read(browser, ".cart-allocation li")).containsExactly(
                    CINEMA + " : subvention 5,00 €, chèque culture 10,30 €",
                    LIVRES + " : chèque cadeau 30,00 €, carte 15,00 €");
            assertThat(browser.text().replace('\u00a0', ' ').replace('\u202f', ' ')).contains(
                    "Payé par vos dotations", "45,30 €", "Reste à payer par carte", "15,00 €");
            fullPageScreenshot(browser, "employee-portal-cart-fr.png");

            browser.driver().manage().window().setSize(new Dimension(375, 812));
            browser.driver().navigate().refresh();
            assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth"))
                    .as("the cart scrolls sideways on a phone").isFalse();
            fullPageScreenshot(browser, "employee-portal-cart-fr-mobile.png");
            browser.assertNoPolicyViolations();
        }
    }

    /** The quantity field of a line, found by its label "Quantité" inside that line. */
    private static WebElement lineQuantity(Browser browser, long offerId) {
        WebElement label = browser.driver().findElement(By.cssSelector("#ligne-" + offerId + " label"));
        assertThat(label.getText()).isEqualTo("Quantité");
        return browser.driver().findElement(By.id(label.getAttribute("for")));
    }

    private static List<String> read(Browser browser, String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream().map(WebElement::getText)
                .map(text -> text.replace('\u00a0', ' ').replace('\u202f', ' ')).toList();
    }

    private static void fullPageScreenshot(Browser browser, String name) {
        Dimension window = browser.driver().manage().window().getSize();
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(window.getWidth(), (int) height + 140));
        browser.screenshot(SCREENSHOTS.resolve(name));
        browser.driver().manage().window().setSize(window);
    }
}
