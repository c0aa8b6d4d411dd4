package org.openbenefits.portal.orders;

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
 * Camille follows her orders in headless Chromium, against the fake platform-api: "Mes commandes" from the header,
 * the list newest first, a paid order with what paid each line and its invoice link, an order whose card failed with
 * the attempts left and the "Payer par carte" button, on a phone and in English. Screenshots land in
 * {@code target/screenshots/}.
 */
@MicronautTest
class OrdersInBrowserTest extends PortalWithFakeApi {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void an_employee_opens_her_orders_reads_a_paid_one_and_one_whose_card_failed() {
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.go(server.getURL() + "/connexion");
            browser.driver().manage().addCookie(new Cookie(COOKIES.session(), TestTokens.accessToken("EMPLOYEE")));
            browser.go(server.getURL() + "/");
            browser.click("Mes commandes");
            assertThat(browser.heading()).isEqualTo("Mes commandes");
            List<String> rows = read(browser, ".orders-table tbody tr");
            assertThat(rows).hasSize(6);
            assertThat(rows.getFirst()).isEqualTo("C-2026-000103 03/12/2026 Paiement en attente 17,00 €");
            assertThat(rows.get(2)).isEqualTo("C-2026-000101 03/12/2026 En cours 65,90 €");
            fullPageScreenshot(browser, "employee-portal-orders-fr.png");

            browser.click("C-2026-000101");
            assertThat(browser.heading()).isEqualTo("Commande C-2026-000101");
            assertThat(text(browser)).contains("Commande payée", "Envoyée", "Expédiée",
                    "subvention 5,00 €, chèque culture 5,00 €, carte 2,00 €", "Expédition prévue le 10/12/2026");
            WebElement invoice = browser.driver().findElement(By.linkText("Télécharger la facture (PDF)"));
            assertThat(invoice.getAttribute("href")).endsWith("/commandes/101/facture");
            assertThat(browser.driver().findElements(By.cssSelector("main form"))).isEmpty();
            fullPageScreenshot(browser, "employee-portal-order-paid-fr.png");

            browser.click("Retour à mes commandes");
            browser.click("C-2026-000103");
            assertThat(text(browser)).contains("le paiement par carte n’a pas abouti", "Il vous reste 2 essais.");
            assertThat(browser.driver().findElement(By.cssSelector("main form button")).getText())
                    .isEqualTo("Payer par carte");
            assertThat(browser.driver().findElements(By.linkText("Télécharger la facture (PDF)"))).isEmpty();

            browser.driver().manage().window().setSize(new Dimension(375, 812));
            browser.driver().navigate().refresh();
            assertThat(horizontalOverflow(browser)).as("the order scrolls sideways on a phone").isFalse();
            fullPageScreenshot(browser, "employee-portal-order-failed-fr-mobile.png");

            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.click("English").waitForText("You have 2 attempts left.");
            assertThat(browser.driver().findElement(By.cssSelector("main form button")).getText()).isEqualTo("Pay by card");
            browser.click("Back to my orders");
            assertThat(browser.heading()).isEqualTo("My orders");
            fullPageScreenshot(browser, "employee-portal-orders-en.png");
            browser.assertNoPolicyViolations();
        }
    }

    private static String text(Browser browser) {
        return browser.text().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static List<String> read(Browser browser, String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText)
                .map(text -> text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip())
                .toList();
    }

    private static boolean horizontalOverflow(Browser browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    private static void fullPageScreenshot(Browser browser, String name) {
        Dimension window = browser.driver().manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(window.getWidth(), (int) height + 140));
        browser.screenshot(SCREENSHOTS.resolve(name));
        browser.driver().manage().window().setSize(window);
    }
}
