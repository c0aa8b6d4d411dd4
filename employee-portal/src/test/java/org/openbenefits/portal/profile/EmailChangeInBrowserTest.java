package org.openbenefits.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.FakePlatformApi;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.TestTokens;
import org.openbenefits.testkit.browser.Browser;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;

/**
 * Camille changes her sign-in address in headless Chromium: she asks from "Mon profil", sees the change waiting, opens
 * the link from the e-mail, confirms it with the button, and is asked to sign in with the new address. Screenshots
 * land in {@code target/screenshots/}.
 */
@MicronautTest
class EmailChangeInBrowserTest extends PortalWithFakeApi {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String NEW_EMAIL = "camille@maison.example";

    @Test
    void an_employee_asks_for_a_new_sign_in_address_and_confirms_it_from_the_link() {
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(1280, 2600));
            browser.go(server.getURL() + "/");
            browser.driver().manage().addCookie(new Cookie(COOKIES.session(), TestTokens.accessToken("EMPLOYEE")));
            browser.go(server.getURL() + "/mon-profil");

            browser.click("Changer d’adresse de connexion");
            browser.fill("Nouvelle adresse e-mail", NEW_EMAIL).fill("Mot de passe actuel", FakePlatformApi.PASSWORD);
            browser.click("Changer d’adresse").waitForText("En attente de confirmation : " + NEW_EMAIL);
            assertThat(browser.heading()).isEqualTo("Mon profil");
            assertThat(browser.text()).contains("Nous avons envoyé un lien de confirmation à " + NEW_EMAIL);
            assertThat(api.profile().email()).isEqualTo(FakePlatformApi.WORK_EMAIL);
            browser.screenshot(SCREENSHOTS.resolve("employee-portal-email-change-pending-fr.png"));

            browser.go(server.getURL() + "/email-de-connexion/confirmer?jeton=" + api.latestLink());
            assertThat(browser.heading()).isEqualTo("Confirmez votre nouvelle adresse de connexion");
            browser.screenshot(SCREENSHOTS.resolve("employee-portal-email-change-confirm-fr.png"));
            browser.click("Confirmer ma nouvelle adresse")
                    .waitForText("Votre adresse de connexion est désormais " + NEW_EMAIL);

            assertThat(browser.heading()).isEqualTo("Connexion");
            assertThat(browser.text()).doesNotContain("Se déconnecter");
            assertThat(api.profile().email()).isEqualTo(NEW_EMAIL);
        }
    }
}
