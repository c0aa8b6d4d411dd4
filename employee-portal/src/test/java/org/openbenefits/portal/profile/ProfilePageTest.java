package org.openbenefits.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.FakePlatformApi;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.Pages;

/** "Mon profil" as the employee opens it: what HR entered, read-only, and the forms filled with what is saved. */
@MicronautTest
class ProfilePageTest extends PortalWithFakeApi {

    @Test
    void a_visitor_asking_for_the_profile_is_sent_to_sign_in_and_brought_back_afterwards() {
        HttpResponse<String> asked = pages().get("/mon-profil");

        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location")).contains("/connexion?retour=%2Fmon-profil");
        assertThat(api.calls()).isEmpty();
    }

    @Test
    void the_profile_shows_what_hr_entered_under_labels_and_says_hr_changes_it() {
        HttpResponse<String> page = pages().get("/mon-profil", "Cookie", signedIn());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Pages.heading(page.body())).isEqualTo("Mon profil");
        assertThat(page.body()).contains("<title>Mon profil · Espace salarié · OpenBenefits</title>",
                        "à faire modifier par votre service RH")
                .containsPattern(term("Prénom", "Camille"))
                .containsPattern(term("Nom", "Martin"))
                .containsPattern(term("E-mail professionnel", "camille.martin@acme.example"))
                .containsPattern(term("Matricule", "E-1042"))
                .containsPattern(term("Service", "Comptabilité"))
                .containsPattern(term("Site", "Lyon Part-Dieu"))
                .containsPattern(term("Employeur", "Acme Industries"));
    }

    @Test
    void the_profile_forms_label_every_field_and_hold_what_is_saved() {
        String page = pages().get("/mon-profil", "Cookie", signedIn()).body();

        assertThat(page).contains(
                "<label class=\"form-label\" for=\"line1\">Numéro et rue</label>",
                "<label class=\"form-label\" for=\"line2\">Complément d’adresse (facultatif)</label>",
                "<label class=\"form-label\" for=\"postalCode\">Code postal</label>",
                "<label class=\"form-label\" for=\"city\">Ville</label>",
                "<label class=\"form-label\" for=\"country\">Pays</label>",
                "<label class=\"form-label\" for=\"deliveryEmail\">Adresse de réception des e-billets</label>",
                "for=\"language-fr\"", "for=\"language-en\"",
                "value=\"12 rue des Lilas\"", "value=\"69003\"", "value=\"Lyon\"",
                "action=\"/mon-profil/adresse\"", "action=\"/mon-profil/email-livraison\"", "action=\"/mon-profil/langue\"");
        assertThat(page).containsPattern("<option value=\"FR\" selected=\"selected\">France</option>");
        assertThat(page).containsPattern("id=\"language-fr\"[^>]*checked=\"checked\"");
        assertThat(page).containsPattern("id=\"deliveryEmail\"[^>]*value=\"camille.martin@acme.example\"");
    }

    @Test
    void the_profile_explains_that_e_tickets_go_to_the_work_email_by_default() {
        String page = pages().get("/mon-profil", "Cookie", signedIn()).body();

        assertThat(page).contains("Vos e-billets et vos cartes cadeaux électroniques sont envoyés à cette adresse.",
                "Actuellement : votre e-mail professionnel.",
                "Par défaut, c’est votre e-mail professionnel (camille.martin@acme.example)");
    }

    @Test
    void every_form_of_the_profile_carries_the_anti_forgery_token() {
        String page = pages().get("/mon-profil", "Cookie", signedIn()).body();

        assertThat(page.split("<form ", -1)).hasSize(5); // address, delivery e-mail, language, and sign-out
        assertThat(page.split("name=\"csrfToken\"", -1)).hasSize(5);
    }

    @Test
    void the_profile_offers_the_data_download_the_sign_in_email_change_and_the_deletion() {
        String page = pages().get("/mon-profil", "Cookie", signedIn()).body();

        assertThat(page).contains("href=\"/mon-profil/donnees\"", "Télécharger mes données",
                "href=\"/mon-profil/email\"", "href=\"/mon-profil/suppression\"", "Supprimer mon compte");
    }

    @Test
    void the_profile_speaks_english_once_english_is_chosen() {
        String page = pages().get("/mon-profil", "Cookie", signedIn() + "; " + COOKIES.language() + "=en").body();

        assertThat(Pages.heading(page)).isEqualTo("My profile");
        assertThat(page).contains("ask your HR department to change it", "Employee number", "Download my data");
    }

    @Test
    void a_session_the_api_no_longer_accepts_ends_and_sends_the_person_to_sign_in_again() {
        api.refuseTheSession();

        HttpResponse<String> asked = pages().get("/mon-profil", "Cookie", signedIn());

        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location")).contains("/connexion?retour=%2Fmon-profil");
        assertThat(expires(asked, COOKIES.session())).isTrue();
    }

    @Test
    void an_account_deleted_meanwhile_shows_the_not_found_page() {
        submit("/mon-profil/suppression", "/mon-profil/suppression",
                Map.of("currentPassword", FakePlatformApi.PASSWORD,
                        "confirmation", "oui"), signedIn());

        HttpResponse<String> page = pages().get("/mon-profil", "Cookie", signedIn());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(Pages.heading(page.body())).isEqualTo("Page introuvable");
    }

    private static String term(String label, String value) {
        return "<dt[^>]*>" + label + "</dt>\\s*<dd[^>]*>" + value + "</dd>";
    }
}
