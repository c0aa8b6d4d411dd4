package org.openbenefits.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openbenefits.devstack.JsonApi.Answer;
import org.openbenefits.testkit.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 4's journeys in headless Chromium on the whole platform as {@code ./run} starts it (demo data: a funded ACME
 * budget, and for each demo employee a 150 € Christmas gift cheque of this year): the HR manager prepares a 100 € gift
 * cheque for everyone, tied to no event; the preview warns that the year's gift cheques would exceed the URSSAF
 * threshold and names the employees; HR confirms, the budget statement shows the distribution; the employee then finds
 * the new grant in "Mes dotations". Then issue 9's acceptance: with the portal switched to English, a campaign the budget
 * no longer covers at confirmation (another distribution took the money meanwhile) is refused in English, from the
 * real API's code and parameters, and in French once switched back.
 */
class AllowanceJourneysIT extends JourneysOnThePlatform {

    private static final String CAMPAIGN = "Prime de fin d’année";
    private static final String HR_EMAIL = "rh@acme.example";
    /** platform-api's largest amount per employee (CampaignChecks): 10,000 EUR. */
    private static final long MAX_AMOUNT_CENTS = 1_000_000;

    /** The labels of the campaign form and its buttons, in one language. */
    private record CampaignForm(String giftCheque, String name, String amount, String validFrom, String validTo,
                                String anyCategory, String event, String noEvent, String everyone, String preview,
                                String previewed, String confirm) {

        static final CampaignForm FRENCH = new CampaignForm("Chèque cadeau", "Nom de la campagne", "Montant (€)",
                "Valable à partir du", "Valable jusqu’au", "Toutes catégories", "Événement URSSAF", "Aucun événement",
                "Tous les salariés actifs", "Prévisualiser", "Aperçu avant distribution", "Confirmer et distribuer");
        static final CampaignForm ENGLISH = new CampaignForm("Gift cheque", "Campaign name", "Amount (€)",
                "Valid from", "Valid until", "All categories", "URSSAF event", "No event", "All active employees",
                "Preview", "Preview before distribution", "Confirm and distribute");
    }

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

    @Test
    @Order(3)
    void the_over_budget_refusal_shows_in_english_on_the_english_portal_and_in_french_once_switched_back() {
        hr.go(admin + "/campagnes/nouvelle");
        hr.click("English");
        hr.waitForText("New campaign");
        // 100 EUR for each of the 3 employees, previewed while the budget covers it...
        previewGiftCheque(CampaignForm.ENGLISH, "Year-end bonus", "100");
        // ...then another distribution leaves less than its 300 EUR (but the 150 EUR of the French round below)
        drainBudgetTo(15_000);
        hr.click(CampaignForm.ENGLISH.confirm());

        await(hr, "The budget is not enough: ");
        hr.screenshot(SCREENSHOTS.resolve("devstack-campaign-over-budget-english.png"));
        assertThat(seen(hr)).contains("is missing to distribute this campaign (cost €300.00, budget available €150.0",
                        "Record a transfer")
                .doesNotContain("Le budget ne suffit pas");

        hr.click("Français");
        hr.waitForText("Campagnes de dotations");
        hr.go(admin + "/campagnes/nouvelle");
        hr.waitForText("Nouvelle campagne");
        previewGiftCheque(CampaignForm.FRENCH, "Prime de printemps", "50");
        drainBudgetTo(0);
        hr.click(CampaignForm.FRENCH.confirm());

        await(hr, "Le budget ne suffit pas : il manque ");
        hr.screenshot(SCREENSHOTS.resolve("devstack-campaign-over-budget-french.png"));
        assertThat(seen(hr)).contains("pour distribuer cette campagne (coût 150,00 €, budget disponible 0,0",
                        "Enregistrer un virement")
                .doesNotContain("The budget is not enough");
    }

    /** Fills "New campaign" with a gift cheque of {@code euros} for every employee, valid six months, and previews it. */
    private void previewGiftCheque(CampaignForm labels, String name, String euros) {
        hr.field(labels.giftCheque()).click();
        hr.fill(labels.name(), name).fill(labels.amount(), euros);
        date(labels.validFrom(), today);
        date(labels.validTo(), today.plusMonths(6));
        hr.field(labels.anyCategory()).click();
        hr.field(labels.event()).findElement(By.xpath("option[normalize-space(.)='" + labels.noEvent() + "']")).click();
        hr.field(labels.everyone()).click();
        hr.click(labels.preview());
        await(hr, labels.previewed());
    }

    /**
     * Distributes subsidies to every employee through the API, as another HR manager would meanwhile, until the budget
     * holds between {@code lowestCents} and a few cents more.
     */
    private void drainBudgetTo(long lowestCents) {
        JsonApi api = new JsonApi(stack.url(LaunchedStack.PLATFORM_API));
        Answer signIn = api.postJson("/api/v1/auth/sign-in", Map.of("email", HR_EMAIL, "password", DEMO_PASSWORD), null);
        assertThat(signIn.status()).as("HR sign-in: %s", signIn).isEqualTo(200);
        String token = signIn.at("/accessToken").asText();
        for (int round = 0; round < 10; round++) {
            Answer preview = api.postJson("/api/v1/campaigns/preview", subsidy(1), token);
            assertThat(preview.status()).as("preview: %s", preview).isEqualTo(200);
            long balance = preview.at("/budgetBalanceCents").asLong();
            long perEmployee = Math.min(MAX_AMOUNT_CENTS, (balance - lowestCents) / preview.at("/recipients").asLong());
            if (perEmployee <= 0) {
                return;
            }
            Answer confirmed = api.postJson("/api/v1/campaigns", subsidy(perEmployee), token);
            assertThat(confirmed.status()).as("distribution: %s", confirmed).isEqualTo(201);
        }
        throw new AssertionError("The budget did not come down to " + lowestCents + " cents");
    }

    private Map<String, Object> subsidy(long amountCents) {
        return Map.of("kind", "SUBSIDY", "name", "Distribution d’à côté", "amountCents", amountCents, "perChild", false,
                "validFrom", today.toString(), "validTo", today.plusMonths(1).toString(),
                "categories", List.of("CINEMA"), "target", "ALL");
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
