package org.openbenefits.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openbenefits.devstack.JsonApi.Answer;
import org.openbenefits.testkit.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The identity journeys in headless Chromium, on the whole platform as {@code ./run} starts it, each person in a
 * browser of their own, fields found by their labels: the HR manager creates an employee in the administration
 * portal; the employee opens the invitation e-mail, clicks its button, chooses a password while the rules tick
 * themselves off and lands signed in; signs out, and the back button shows no signed-in page; a wrong password shows
 * an error, the right one signs in; one browser signed in to both portals keeps both sessions; she changes her
 * sign-in address, which takes effect only once she confirms it from the e-mail received at the new address, and
 * signs in with it. The pages' Content-Security-Policy is in force: the browser helper fails a journey on anything
 * it refuses.
 */
class PortalJourneysIT extends JourneysOnThePlatform {

    private static final String HR_EMAIL = "rh@acme.example";
    private static final String EMPLOYEE_EMAIL = "ines.benali@acme.example";
    private static final String EMPLOYEE_PASSWORD = "Tournesol-Cinema-2026";
    private static final String NEW_EMPLOYEE_EMAIL = "ines.benali@maison.example";
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(60);

    PortalJourneysIT() {
        super("portal-journeys-it");
    }

    @Test
    @Order(1)
    void the_hr_manager_signs_in_and_creates_an_employee_who_is_invited() {
        hr.go(admin + "/connexion");
        assertThat(hr.heading()).isEqualTo("Connexion");
        hr.fill("Adresse e-mail", HR_EMAIL).fill("Mot de passe", DEMO_PASSWORD).click("Se connecter");
        hr.waitForText("Se déconnecter");
        assertThat(hr.driver().getCurrentUrl()).endsWith("/salaries");

        hr.go(admin + "/salaries/nouveau");
        hr.fill("Prénom", "Inès").fill("Nom", "Benali").fill("E-mail professionnel", EMPLOYEE_EMAIL)
                .fill("Matricule", "J-0042").fill("Service", "Comptabilité").fill("Site", "Lyon");
        hr.click("Créer et envoyer l’invitation");
        hr.waitForText(EMPLOYEE_EMAIL);
        hr.screenshot(SCREENSHOTS.resolve("hr-created-employee.png"));
        assertThat(hr.text()).contains("Invitation envoyée");
    }

    @Test
    @Order(2)
    void the_employee_activates_from_the_email_button_with_live_password_rules_and_lands_signed_in() {
        String mailId = awaitInvitation(EMPLOYEE_EMAIL);
        employee.go(stack.url(LaunchedStack.MAILBOX) + "/message/" + mailId + "/html");
        employee.click("Activer mon compte");
        // The e-mail's links open in a new tab, as in a webmail.
        List<String> tabs = List.copyOf(employee.driver().getWindowHandles());
        employee.driver().switchTo().window(tabs.getLast());
        employee.waitForText("Bienvenue, Inès");
        assertThat(employee.heading()).isEqualTo("Bienvenue, Inès");
        assertThat(employee.driver().getCurrentUrl()).startsWith(portal + "/activation?jeton=");

        employee.fill("Mot de passe", "court");
        awaitRule("Au moins 12 caractères.", false);
        employee.fill("Mot de passe", EMPLOYEE_PASSWORD);
        awaitRule("Au moins 12 caractères.", true);
        awaitRule("Au moins un chiffre.", true);
        employee.fill("Confirmez le mot de passe", EMPLOYEE_PASSWORD);
        employee.screenshot(SCREENSHOTS.resolve("employee-activation.png"));
        employee.click("Activer mon compte");

        employee.waitForText("Votre compte est activé");
        assertThat(employee.driver().getCurrentUrl()).isEqualTo(portal + "/");
        assertThat(employee.text()).contains("Inès Benali", "Se déconnecter");
    }

    @Test
    @Order(3)
    void after_signing_out_the_back_button_does_not_show_the_signed_in_page() {
        employee.go(portal + "/mon-profil");
        employee.waitForText(EMPLOYEE_EMAIL);

        employee.click("Se déconnecter");
        employee.waitForText("Vous êtes déconnecté");
        employee.driver().navigate().back();

        assertThat(employee.heading()).isEqualTo("Connexion");
        assertThat(employee.text()).doesNotContain("Inès Benali", EMPLOYEE_EMAIL, "Se déconnecter");
    }

    @Test
    @Order(4)
    void a_wrong_password_shows_an_error_beside_the_kept_address_and_the_right_one_signs_in() {
        employee.go(portal + "/connexion");
        employee.fill("Adresse e-mail", EMPLOYEE_EMAIL).fill("Mot de passe", "Pas-le-bon-2026").click("Se connecter");

        employee.waitForText("Adresse e-mail ou mot de passe incorrect");
        WebElement alert = employee.driver().findElement(By.cssSelector("[role=alert]"));
        assertThat(alert.getText()).contains("Adresse e-mail ou mot de passe incorrect");
        assertThat(employee.field("Adresse e-mail").getAttribute("value")).isEqualTo(EMPLOYEE_EMAIL);
        assertThat(employee.field("Mot de passe").getAttribute("value")).isEmpty();
        employee.screenshot(SCREENSHOTS.resolve("employee-wrong-password.png"));

        employee.fill("Mot de passe", EMPLOYEE_PASSWORD).click("Se connecter");
        employee.waitForText("Se déconnecter");
        assertThat(employee.text()).contains("Inès Benali");
    }

    @Test
    @Order(5)
    void one_browser_keeps_its_session_on_each_portal_when_signing_in_and_out_of_the_other() {
        // The HR manager's browser, still signed in to the employer portal, also signs in to the employee portal
        // on the same host (cookies ignore ports): each portal keeps its own session.
        hr.go(portal + "/connexion");
        hr.fill("Adresse e-mail", EMPLOYEE_EMAIL).fill("Mot de passe", EMPLOYEE_PASSWORD).click("Se connecter");
        hr.waitForText("Inès Benali");

        hr.go(admin + "/salaries");
        hr.waitForText("Se déconnecter");
        assertThat(hr.driver().getCurrentUrl()).isEqualTo(admin + "/salaries");
        assertThat(hr.text()).doesNotContain("Inès Benali");

        hr.go(portal + "/");
        hr.click("Se déconnecter").waitForText("Vous êtes déconnecté");
        hr.go(admin + "/salaries");
        hr.waitForText("Se déconnecter");
        assertThat(hr.driver().getCurrentUrl()).as("still signed in to the employer portal").isEqualTo(admin + "/salaries");
    }

    @Test
    @Order(6)
    void the_employee_changes_her_sign_in_address_which_takes_effect_only_from_the_link_e_mailed_to_it() {
        employee.go(portal + "/mon-profil/email");
        employee.fill("Nouvelle adresse e-mail", NEW_EMPLOYEE_EMAIL).fill("Mot de passe actuel", EMPLOYEE_PASSWORD);
        employee.click("Changer d’adresse").waitForText("En attente de confirmation : " + NEW_EMPLOYEE_EMAIL);
        awaitMail(EMPLOYEE_EMAIL, "Demande de changement de l’adresse de connexion de votre compte OpenBenefits");

        employee.go(stack.url(LaunchedStack.MAILBOX) + "/message/"
                + awaitMail(NEW_EMPLOYEE_EMAIL, "Confirmez votre nouvelle adresse de connexion OpenBenefits") + "/html");
        employee.click("Confirmer cette adresse");
        List<String> tabs = List.copyOf(employee.driver().getWindowHandles());
        employee.driver().switchTo().window(tabs.getLast());
        employee.waitForText("Confirmez votre nouvelle adresse de connexion");
        assertThat(employee.driver().getCurrentUrl()).startsWith(portal + "/email-de-connexion/confirmer?jeton=");
        employee.click("Confirmer ma nouvelle adresse")
                .waitForText("Votre adresse de connexion est désormais " + NEW_EMPLOYEE_EMAIL);
        employee.screenshot(SCREENSHOTS.resolve("employee-email-changed.png"));
        awaitMail(EMPLOYEE_EMAIL, "L’adresse de connexion de votre compte OpenBenefits a changé");

        employee.fill("Adresse e-mail", EMPLOYEE_EMAIL).fill("Mot de passe", EMPLOYEE_PASSWORD).click("Se connecter");
        employee.waitForText("Adresse e-mail ou mot de passe incorrect");
        employee.fill("Adresse e-mail", NEW_EMPLOYEE_EMAIL).fill("Mot de passe", EMPLOYEE_PASSWORD).click("Se connecter");
        employee.waitForText("Se déconnecter");
        assertThat(employee.text()).contains("Inès Benali");
    }

    /** The id of the e-mail with this subject sent to this recipient, once it has arrived. */
    private String awaitMail(String recipient, String subject) {
        long deadline = System.nanoTime() + MAIL_TIMEOUT.toNanos();
        while (true) {
            Answer messages = mailbox().get("/api/messages", null);
            assertThat(messages.status()).isEqualTo(200);
            for (JsonNode message : messages.json()) {
                if (recipient.equals(message.at("/to").asText()) && subject.equals(message.at("/subject").asText())) {
                    return message.at("/id").asText();
                }
            }
            if (System.nanoTime() > deadline) {
                fail("No e-mail \"" + subject + "\" reached " + recipient + " within " + MAIL_TIMEOUT.toSeconds() + " s");
            }
            sleep(250);
        }
    }

    private void awaitRule(String rule, boolean met) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            if (ruleShown(rule, met)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("The rule '" + rule + "' was not shown as " + (met ? "met" : "unmet") + ":\n" + employee.text());
            }
            sleep(100);
        }
    }

    /** The rules list is replaced by htmx as the person types, so an item read a moment ago may be gone: read again. */
    private boolean ruleShown(String rule, boolean met) {
        try {
            return employee.driver().findElements(By.cssSelector("#password-rules li")).stream()
                    .filter(item -> item.getText().contains(rule))
                    .anyMatch(item -> item.getAttribute("class").contains("is-met") == met);
        } catch (StaleElementReferenceException replacedWhileReading) {
            return false;
        }
    }

    private JsonApi mailbox() {
        return new JsonApi(stack.url(LaunchedStack.MAILBOX));
    }

    private String awaitInvitation(String recipient) {
        long deadline = System.nanoTime() + MAIL_TIMEOUT.toNanos();
        while (true) {
            Answer messages = mailbox().get("/api/messages", null);
            assertThat(messages.status()).isEqualTo(200);
            for (JsonNode message : messages.json()) {
                if (recipient.equals(message.at("/to").asText())) {
                    return message.at("/id").asText();
                }
            }
            if (System.nanoTime() > deadline) {
                fail("No invitation reached " + recipient + " within " + MAIL_TIMEOUT.toSeconds() + " s");
            }
            sleep(250);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
