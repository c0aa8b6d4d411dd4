package org.openbenefits.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.contract.api.allowance.LedgerCheckReport;
import org.openbenefits.portalcommon.testing.TestTokens;
import org.openbenefits.testkit.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * HR funds the budget, then creates a Christmas gift cheque campaign, sees the URSSAF warning in the preview,
 * confirms it while the button says the distribution is running, and revokes a grant; a platform admin checks the
 * top-ups and the ledger, and creates an offer, fixes the price refused beside its field, publishes it (the list of
 * offers reads as cards on a phone), stocks it with e-ticket codes after a file refused by its line numbers, and gives
 * it a picture after a file that is none. Headless Chromium against the fake platform-api,
 * fields found by their labels; screenshots at 1280 and 375 pixels wide in {@code target/screenshots/}.
 */
@MicronautTest
class CampaignJourneyInBrowserTest extends AdminPortalTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(375, 812);

    @Test
    void an_hr_manager_funds_the_budget_distributes_a_gift_cheque_campaign_after_the_urssaf_warning_and_revokes_a_grant() {
        allowanceApi.confirmTopUpsAtOnce();
        allowanceApi.addRecipient(100, "Camille Martin", 18_000);
        allowanceApi.addRecipient(101, "Élodie Lefèvre", 16_000);
        allowanceApi.addRecipient(102, "Paul Girard", 0);
        allowanceApi.distributeSlowly(1_500);
        try (Browser browser = browserAs("HR_MANAGER")) {
            browser.go(server.getURL() + "/budget");
            waitFor(browser, "Aucun mouvement pour l’instant");
            browser.fill("Montant du virement (€)", "0");
            browser.click("Enregistrer le virement");
            waitFor(browser, "Le montant doit être supérieur à zéro.");
            assertThat(text(browser)).contains("Indiquez la référence du virement");
            shoot(browser, "employer-admin-budget-refused.png");
            browser.fill("Montant du virement (€)", "5 000").fill("Référence du virement", "VIR-ACME-2026-11");
            browser.click("Enregistrer le virement");
            waitFor(browser, "enregistré et crédité sur le budget.");
            assertThat(text(browser)).contains("5 000,00 €", "Relevé du budget", "VIR-ACME-2026-11");
            shoot(browser, "employer-admin-budget.png");

            browser.click("Campagnes");
            waitFor(browser, "Aucune campagne pour l’instant");
            shoot(browser, "employer-admin-campaigns-empty.png");
            browser.click("Créer une première campagne");
            waitFor(browser, "Type de dotation");
            browser.field("Chèque cadeau").click();
            assertThat(browser.field("Part maximale du prix (%)").isDisplayed()).isFalse();
            assertThat(browser.field("Toutes catégories").isDisplayed()).isTrue();
            browser.field("Chèque culture").click();
            assertThat(browser.field("Parcs de loisirs").isEnabled()).isFalse();
            assertThat(browser.field("Cinéma culture").isEnabled()).isTrue();
            browser.field("Chèque cadeau").click();
            browser.fill("Nom de la campagne", "Noël 2026").fill("Montant (€)", "50");
            date(browser, "Valable à partir du", "2026-12-01");
            date(browser, "Valable jusqu’au", "2027-01-31");
            browser.field("Toutes catégories").click();
            browser.field("Événement URSSAF").findElement(By.xpath("option[normalize-space(.)='Aucun événement']")).click();
            shoot(browser, "employer-admin-campaign-form.png");

            browser.click("Prévisualiser");
            waitFor(browser, "Aperçu avant distribution");
            assertThat(text(browser)).contains("3 salariés", "150,00 €",
                    "2 salariés dépasseraient le seuil URSSAF de 200 € pour 2026 : 440,00 € soumis à cotisations.",
                    "Camille Martin", "230,00 €", "Élodie Lefèvre");
            assertThat(browser.field("Nom de la campagne").getAttribute("value")).isEqualTo("Noël 2026");
            shoot(browser, "employer-admin-campaign-preview.png");
            browser.driver().manage().window().setSize(PHONE);
            shoot(browser, "employer-admin-campaign-preview-phone.png");
            browser.driver().manage().window().setSize(DESKTOP);

            // WebDriver waits for the next page after a click, so the page notes what its button said meanwhile.
            ((JavascriptExecutor) browser.driver()).executeScript("""
                    const button = document.getElementById('confirm-campaign');
                    document.getElementById('campaign-form').addEventListener('submit', () => setTimeout(() =>
                        sessionStorage.setItem('during', button.textContent.trim() + '|' + button.disabled), 200));""");
            browser.click("Confirmer et distribuer");
            waitFor(browser, "Campagne « Noël 2026 » distribuée à 3 salariés (total 150,00 €).");
            assertThat(browser.heading()).isEqualTo("Noël 2026");
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return sessionStorage.getItem('during')"))
                    .isEqualTo("Distribution en cours…|true");
            shoot(browser, "employer-admin-campaign.png");

            browser.click("Révoquer Camille Martin");
            waitFor(browser, "Révoquer cette dotation ?");
            assertThat(text(browser)).contains("son solde non dépensé, 50,00 €, revient aussitôt au budget");
            shoot(browser, "employer-admin-grant-revocation.png");
            browser.click("Oui, révoquer");
            waitFor(browser, "Dotation de Camille Martin révoquée : 50,00 € reviennent au budget.");
            assertThat(text(browser)).contains("Révoquée");

            browser.go(server.getURL() + "/campagnes/nouvelle");
            browser.field("Subvention").click();
            browser.fill("Nom de la campagne", "Cinéma").fill("Montant (€)", "5000")
                    .fill("Part maximale du prix (%)", "50");
            date(browser, "Valable à partir du", "2026-12-01");
            date(browser, "Valable jusqu’au", "2026-12-31");
            browser.field("Cinéma culture").click();
            browser.click("Prévisualiser");
            waitFor(browser, "au budget pour distribuer cette campagne.");
            assertThat(browser.driver().findElement(By.id("confirm-campaign")).isEnabled()).isFalse();
            shoot(browser, "employer-admin-campaign-over-budget.png");

            browser.go(server.getURL() + "/campagnes");
            waitFor(browser, "Noël 2026");
            shoot(browser, "employer-admin-campaigns.png");
            browser.driver().manage().window().setSize(PHONE);
            shoot(browser, "employer-admin-campaigns-phone.png");
            browser.go(server.getURL() + "/budget");
            waitFor(browser, "Relevé du budget");
            shoot(browser, "employer-admin-budget-phone.png");
            browser.go(server.getURL() + "/campagnes/nouvelle");
            waitFor(browser, "Type de dotation");
            shoot(browser, "employer-admin-campaign-form-phone.png");
        }
        assertThat(allowanceApi.received()).anySatisfy(sent -> {
            assertThat(sent.kind()).isEqualTo("GIFT_CHEQUE");
            assertThat(sent.categories()).containsExactly("*");
            assertThat(sent.amountCents()).isEqualTo(5_000);
        });
    }

    @Test
    void a_platform_admin_confirms_a_top_up_and_runs_the_ledger_check() {
        allowanceApi.fund(100_000, "VIR-ACME-2026-10");
        allowanceApi.addPendingTopUp("ACME", 500_000, "VIR-ACME-2026-11");
        allowanceApi.addPendingTopUp("Globex", 250_000, "GLOBEX-NOV");
        allowanceApi.answerLedgerCheck(new LedgerCheckReport(Instant.now(), true, 3, 6, 4, List.of()));
        try (Browser browser = browserAs("PLATFORM_ADMIN")) {
            browser.go(server.getURL() + "/plateforme");
            browser.click("Vérifier les virements");
            waitFor(browser, "Virements à vérifier");
            shoot(browser, "employer-admin-top-ups.png");
            browser.click("Confirmer VIR-ACME-2026-11");
            waitFor(browser, "Virement VIR-ACME-2026-11 de ACME confirmé");
            assertThat(text(browser)).contains("GLOBEX-NOV", "Décidés récemment");
            browser.driver().manage().window().setSize(PHONE);
            shoot(browser, "employer-admin-top-ups-phone.png");
            browser.driver().manage().window().setSize(DESKTOP);

            browser.go(server.getURL() + "/plateforme");
            browser.click("Contrôler le grand livre");
            waitFor(browser, "Lancer le contrôle");
            browser.click("Lancer le contrôle");
            waitFor(browser, "Le grand livre est cohérent : 3 mouvements, 6 écritures, 4 comptes vérifiés.");
            shoot(browser, "employer-admin-ledger-check.png");
        }
        assertThat(allowanceApi.balance()).isEqualTo(600_000);
    }

    @Test
    void a_platform_admin_creates_an_offer_fixes_a_refused_price_and_publishes_it() {
        try (Browser browser = browserAs("PLATFORM_ADMIN")) {
            browser.go(server.getURL() + "/plateforme");
            browser.click("Gérer les offres");
            waitFor(browser, "Aucune offre pour l’instant");
            shoot(browser, "employer-admin-offers-empty.png");
            browser.click("Créer une première offre");
            waitFor(browser, "Nouvelle offre");
            browser.fill("Titre", "Cinéma Pathé").fill("Description", "Une place de cinéma, toutes séances.");
            browser.field("Catégorie").findElement(By.xpath("option[normalize-space(.)='Cinéma']")).click();
            browser.field("Livraison").findElement(By.xpath("option[normalize-space(.)='E-billet']")).click();
            browser.fill("Prix public (€)", "12,50").fill("Prix salarié (€)", "13")
                    .fill("Validité du billet", "Valable 1 an");
            browser.click("Créer l’offre");
            waitFor(browser, "Le prix salarié ne peut pas dépasser le prix public (12,50 €).");
            WebElement employeePrice = browser.field("Prix salarié (€)");
            assertThat(employeePrice.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(plain(browser.driver().findElement(By.id(employeePrice.getAttribute("aria-describedby")
                    .replaceAll(".*\\s", ""))).getText()))
                    .isEqualTo("Le prix salarié ne peut pas dépasser le prix public (12,50 €).");
            assertThat(browser.field("Titre").getAttribute("value")).isEqualTo("Cinéma Pathé");
            shoot(browser, "employer-admin-offer-refused.png");
            browser.driver().manage().window().setSize(PHONE);
            shoot(browser, "employer-admin-offer-refused-phone.png");
            browser.driver().manage().window().setSize(DESKTOP);

            browser.fill("Prix salarié (€)", "9,50");
            browser.click("Créer l’offre");
            waitFor(browser, "Offre « Cinéma Pathé » créée.");
            assertThat(text(browser)).contains("Non publiée", "9,50 € salarié", "12,50 € public");
            browser.click("Publier Cinéma Pathé");
            waitFor(browser, "Offre « Cinéma Pathé » publiée : les salariés la voient dans le catalogue.");
            assertThat(browser.heading()).isEqualTo("Offres du catalogue");
            assertThat(text(browser)).contains("Cinéma Pathé", "Publiée", "E-billet").doesNotContain("Non publiée");
            shoot(browser, "employer-admin-offers.png");
            catalogueApi.add("Parc Astérix — billet adulte daté, haute saison, parking compris", "PARKS", "E_TICKET",
                    6_900, 4_950, true, 3);
            catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 0);
            browser.go(server.getURL() + "/plateforme/offres");
            waitFor(browser, "Parc Astérix");
            browser.driver().manage().window().setSize(PHONE);
            shoot(browser, "employer-admin-offers-phone.png");
            assertThat(horizontalOverflow(browser)).as("the page fits 375 pixels").isFalse();
            assertThat(overflowingElements(browser)).as("nothing reaches past the screen's edge").isEmpty();
            assertThat(browser.driver().findElement(By.id("offer-cards")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("offer-table")).isDisplayed()).isFalse();
            assertThat(plain(browser.driver().findElement(By.id("offer-cards")).getText())).contains("Coffret livres",
                    "25,00 € salarié", "Non publiée", "Épuisé", "3 en stock", "Stock bas", "Retirer du catalogue");
            browser.driver().manage().window().setSize(DESKTOP);
            assertThat(browser.driver().findElement(By.id("offer-table")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("offer-cards")).isDisplayed()).isFalse();

            browser.click("Cinéma Pathé");
            waitFor(browser, "Fichier de codes e-billets");
            browser.field("Fichier de codes e-billets").sendKeys(codesFile("CINE-SECRET-1\nCINE-SECRET-2\nCINE-SECRET-1\n")
                    .toString());
            browser.click("Envoyer les codes");
            waitFor(browser, "Ligne 3 : ce code figure déjà ligne 1 du fichier.");
            assertThat(text(browser)).contains("Aucun code n’a été ajouté").doesNotContain("CINE-SECRET");
            shoot(browser, "employer-admin-offer-codes-refused.png");
            browser.field("Fichier de codes e-billets").sendKeys(codesFile("CINE-SECRET-1\nCINE-SECRET-2\n").toString());
            browser.click("Envoyer les codes");
            waitFor(browser, "2 codes ajoutés à « Cinéma Pathé » : 2 à émettre.");
            assertThat(text(browser)).contains("2 en stock", "Stock bas");

            assertThat(text(browser)).contains("Pas encore d’image");
            browser.field("Image de l’offre").sendKeys(codesFile("pas une image\n").toString());
            browser.click("Envoyer l’image");
            waitFor(browser, "Ce fichier n’est pas une image PNG ou JPEG lisible");
            assertThat(browser.field("Image de l’offre").getAttribute("aria-invalid")).isEqualTo("true");
            browser.field("Image de l’offre").sendKeys(pngFile(480, 270).toString());
            browser.click("Envoyer l’image");
            waitFor(browser, "Image de « Cinéma Pathé » enregistrée.");
            WebElement picture = browser.driver().findElement(By.id("offer-picture"));
            assertThat(pictureWidth(browser, picture)).as("the picture is shown").isEqualTo(480L);
            shoot(browser, "employer-admin-offer-picture.png");
            browser.driver().manage().window().setSize(PHONE);
            assertThat(horizontalOverflow(browser)).isFalse();
            shoot(browser, "employer-admin-offer-picture-phone.png");
        }
        assertThat(catalogueApi.received()).last().satisfies(sent -> {
            assertThat(sent.publicPriceCents()).isEqualTo(1_250);
            assertThat(sent.employeePriceCents()).isEqualTo(950);
        });
    }

    /** A file of e-ticket codes, as an admin picks it from their disk. */
    private static Path codesFile(String codes) {
        try {
            Path file = java.nio.file.Files.createTempFile("codes", ".csv");
            java.nio.file.Files.writeString(file, codes);
            file.toFile().deleteOnExit();
            return file.toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A PNG picture, as an admin picks it from their disk. */
    private static Path pngFile(int width, int height) {
        try {
            Path file = java.nio.file.Files.createTempFile("affiche", ".png");
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D graphics = image.createGraphics();
            graphics.setColor(new java.awt.Color(0x1f, 0x6f, 0xb2));
            graphics.fillRect(0, 0, width, height);
            graphics.dispose();
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            file.toFile().deleteOnExit();
            return file.toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The picture's own width once the browser has loaded it; 0 while it has not, or could not. */
    private static long pictureWidth(Browser browser, WebElement picture) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        long width = 0;
        while (width == 0 && System.nanoTime() < deadline) {
            width = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : 0", picture);
            if (width == 0) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        return width;
    }

    private static boolean horizontalOverflow(Browser browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    /**
     * The visible elements of the page's content that reach past the window's right edge, such as a table scrolled
     * inside its own box (which the page's scrollWidth does not show).
     */
    @SuppressWarnings("unchecked")
    private static List<String> overflowingElements(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const width = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('main *'))
                    .filter(element => {
                        const box = element.getBoundingClientRect();
                        return box.width > 0 && box.height > 0 && box.right > width + 0.5;
                    })
                    .map(element => element.tagName + ' ' + (element.id || element.className))
                    .slice(0, 10);""");
    }

    private Browser browserAs(String role) {
        Browser browser = Browser.open();
        browser.go(server.getURL() + "/connexion");
        browser.driver().manage().addCookie(new Cookie(COOKIES.session(), TestTokens.accessToken(role)));
        return browser;
    }

    /** What a date picker sends whatever the browser's locale (typing depends on it); then the change event. */
    private static void date(Browser browser, String label, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
                browser.field(label), isoDate);
    }

    /** Saves the whole page, stretching the window to its height, then restores the window. */
    private static void shoot(Browser browser, String name) {
        Dimension window = browser.driver().manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(window.getWidth(), (int) height + 140));
        browser.screenshot(SCREENSHOTS.resolve(name));
        browser.driver().manage().window().setSize(window);
    }

    /**
     * Waits up to ten seconds for the text, also while the page is being replaced; no-break spaces (French amounts:
     * {@code 5 000,00 €}) read as plain spaces on both sides.
     */
    private static void waitFor(Browser browser, String text) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        String page = "";
        while (System.nanoTime() < deadline) {
            try {
                page = text(browser);
                if (page.contains(plain(text))) {
                    return;
                }
            } catch (StaleElementReferenceException | NoSuchElementException pageBeingReplaced) {
                // the next page is on its way
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("'" + text + "' did not appear on " + browser.driver().getCurrentUrl()
                + "; the page shows:\n" + page);
    }

    private static String text(Browser browser) {
        return plain(browser.text());
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
