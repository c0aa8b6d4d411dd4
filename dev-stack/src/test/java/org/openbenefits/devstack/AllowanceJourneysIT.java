package org.openbenefits.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openbenefits.testkit.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 4's journeys in headless Chromium on the whole platform as {@code ./run} starts it (demo data: a funded ACME
 * budget, and for each demo employee a 150 € Christmas gift cheque of this year): the HR manager prepares a 100 € gift
 * cheque for everyone, tied to no event; the preview warns that the year's gift cheques would exceed the URSSAF
 * threshold and names the employees; HR confirms, the budget statement shows the distribution; the employee then finds
 * the new grant in "Mes dotations".
 */
class AllowanceJourneysIT extends JourneysOnThePlatform {

    private static final String CAMPAIGN = "Prime de fin d’année";

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

    AllowanceJourneysIT() {
        super("allowance-journeys-it");
    }

    @Test
    @Order(1)
    void hr_previews_a_gift_cheque_campaign_sees_the_urssaf_warning_and_confirms_it() {
        hr.go(admin + "/connexion");
        hr.fill("Adresse e-mail", "rh@acme.example").fill("Mot de passe", DEMO_PASSWORD).click("Se connecter");
        hr.waitForText("Se déconnecter");

        hr.click("Campagnes");
        hr.waitForText("Campagnes de dotations");
        assertThat(hr.text()).contains("Chèque cadeau de Noël");
        hr.click("Nouvelle campagne");
        hr.waitForText("Type de dotation");
        hr.field("Chèque cadeau").click();
        hr.fill("Nom de la campagne", CAMPAIGN).fill("Montant (€)", "100");
        date("Valable à partir du", today);
        date("Valable jusqu’au", today.plusMonths(6));
        hr.field("Toutes catégories").click();
        hr.field("Événement URSSAF").findElement(By.xpath("option[normalize-space(.)='Aucun événement']")).click();
        hr.field("Tous les salariés actifs").click();
        hr.click("Prévisualiser");

        await(hr, "Aperçu avant distribution");
        hr.screenshot(SCREENSHOTS.resolve("devstack-campaign-urssaf-warning.png"));
        String year = Integer.toString(today.getYear());
        assertThat(seen(hr))
                .contains("3 salariés dépasseraient le seuil URSSAF de 200 € pour " + year
                        + " : 300,00 € soumis à cotisations.")
                .contains("Camille Martin", "Léa Bernard", "Hugo Petit")
                .contains("300,00 €");

        hr.click("Confirmer et distribuer");
        await(hr, "Campagne « " + CAMPAIGN + " » distribuée à 3 salariés (total 300,00 €).");
        hr.screenshot(SCREENSHOTS.resolve("devstack-campaign-distributed.png"));

        hr.click("Budget");
        hr.waitForText("Relevé du budget");
        assertThat(seen(hr)).contains("Distribution d’une campagne", CAMPAIGN, "−300,00 €");
    }

    @Test
    @Order(2)
    void the_employee_then_sees_the_new_grant_in_the_wallet() {
        employee.go(portal + "/connexion");
        employee.fill("Adresse e-mail", "salarie@acme.example").fill("Mot de passe", DEMO_PASSWORD)
                .click("Se connecter");
        employee.waitForText("Se déconnecter");

        employee.click("Mes dotations");
        employee.waitForText("Dotations en cours");
        employee.screenshot(SCREENSHOTS.resolve("devstack-wallet-new-grant.png"));
        assertThat(seen(employee))
                .contains(CAMPAIGN, "100,00 €")
                .contains("Chèque cadeau de Noël", "Séances de cinéma", "Chèque culture")
                .contains("Dotation reçue");
    }

    /** The page's text as a person reads it: the no-break spaces of French amounts and quotes read as spaces. */
    private static String seen(Browser browser) {
        return browser.text().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static void await(Browser browser, String text) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!seen(browser).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + text + "' did not appear on " + browser.driver().getCurrentUrl()
                        + "; the page shows:\n" + seen(browser));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Date fields take ISO dates whatever the browser's locale shows. */
    private void date(String label, LocalDate day) {
        ((JavascriptExecutor) hr.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
                hr.field(label), day.toString());
    }
}
