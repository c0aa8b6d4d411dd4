package org.openbenefits.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.me.ProfileUpdate;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.Pages;

/** The three forms of "Mon profil": postal address, delivery e-mail, language. */
@MicronautTest
class ProfileEditingTest extends PortalWithFakeApi {

    private static final Map<String, String> NEW_ADDRESS = Map.of("line1", "4 place Bellecour", "line2", "Bâtiment B",
            "postalCode", "69002", "city", "Lyon", "country", "FR");

    @Test
    void a_bad_postal_code_shows_the_api_message_beside_the_field_and_keeps_what_was_typed() {
        HttpResponse<String> refused = submit("/mon-profil", "/mon-profil/adresse",
                Map.of("line1", "4 place Bellecour", "line2", "Bâtiment B", "postalCode", "6900", "city", "Lyon",
                        "country", "FR"), signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"postalCode-error\">Le code postal compte 5 chiffres.</div>",
                "value=\"4 place Bellecour\"", "value=\"Bâtiment B\"", "value=\"6900\"")
                .containsPattern("id=\"postalCode\"[^>]*aria-invalid=\"true\"")
                .doesNotContain("line1-error", "city-error");
        assertThat(api.profile().address().postalCode()).isEqualTo("69003");
    }

    @Test
    void an_english_page_words_the_apis_field_codes_in_english() {
        HttpResponse<String> refused = submit("/mon-profil", "/mon-profil/adresse",
                Map.of("line1", "4 place Bellecour", "postalCode", "6900", "city", "Lyon", "country", "FR"),
                signedIn() + "; " + COOKIES.language() + "=en");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"postalCode-error\">A postal code has 5 digits.</div>")
                .doesNotContain("[API");
    }

    @Test
    void a_country_the_form_does_not_offer_is_refused_beside_the_field() {
        HttpResponse<String> refused = submit("/mon-profil", "/mon-profil/adresse",
                Map.of("line1", "4 place Bellecour", "postalCode", "69002", "city", "Lyon", "country", "ZZ"), signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"country-error\">Choisissez le pays dans la liste.</div>");
        assertThat(api.updates()).isEmpty();
    }

    @Test
    void a_saved_address_returns_to_the_profile_with_a_confirmation() {
        HttpResponse<String> saved = submit("/mon-profil", "/mon-profil/adresse", NEW_ADDRESS, signedIn());

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).contains("/mon-profil");
        assertThat(api.profile().address()).isEqualTo(new ProfileAddress("4 place Bellecour", "Bâtiment B", "69002", "Lyon", "FR"));
        String profile = follow(saved, signedIn()).body();
        assertThat(profile).contains("Votre adresse postale est enregistrée.", "value=\"4 place Bellecour\"");
    }

    @Test
    void saving_the_address_keeps_the_delivery_email_and_the_language_as_they_are() {
        submit("/mon-profil", "/mon-profil/adresse", NEW_ADDRESS, signedIn());

        ProfileUpdate sent = api.updates().getLast();
        assertThat(sent.deliveryEmail()).as("the work e-mail by default stays a default").isNull();
        assertThat(sent.language()).isEqualTo("fr");
    }

    @Test
    void emptying_every_address_field_removes_the_address() {
        HttpResponse<String> saved = submit("/mon-profil", "/mon-profil/adresse",
                Map.of("line1", " ", "line2", "", "postalCode", "", "city", "", "country", "FR"), signedIn());

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(api.profile().address()).isNull();
        assertThat(follow(saved, signedIn()).body()).contains("Votre adresse postale est effacée.");
    }

    @Test
    void a_delivery_email_the_api_refuses_comes_back_beside_its_field() {
        HttpResponse<String> refused = submit("/mon-profil", "/mon-profil/email-livraison",
                Map.of("deliveryEmail", "camille-at-home"), signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"deliveryEmail-error\">Cette adresse e-mail n’est pas valide",
                "value=\"camille-at-home\"");
    }

    @Test
    void a_chosen_delivery_email_is_saved_and_keeps_the_address() {
        HttpResponse<String> saved = submit("/mon-profil", "/mon-profil/email-livraison",
                Map.of("deliveryEmail", " camille@maison.example "), signedIn());

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(api.profile().deliveryEmail()).isEqualTo("camille@maison.example");
        assertThat(api.updates().getLast().address()).isEqualTo(new ProfileAddress("12 rue des Lilas", null, "69003", "Lyon", "FR"));
        assertThat(follow(saved, signedIn()).body()).contains("Vos e-billets seront envoyés à l’adresse choisie.",
                "Actuellement : l’adresse que vous avez choisie.");
    }

    @Test
    void emptying_the_delivery_email_goes_back_to_the_work_email() {
        submit("/mon-profil", "/mon-profil/email-livraison", Map.of("deliveryEmail", "camille@maison.example"), signedIn());

        HttpResponse<String> saved = submit("/mon-profil", "/mon-profil/email-livraison", Map.of("deliveryEmail", ""), signedIn());

        assertThat(api.updates().getLast().deliveryEmail()).isNull();
        assertThat(api.profile().deliveryEmailIsDefault()).isTrue();
        assertThat(follow(saved, signedIn()).body()).contains("Vos e-billets seront envoyés à votre e-mail professionnel.");
    }

    @Test
    void choosing_english_saves_it_and_switches_the_portal_at_once() {
        HttpResponse<String> saved = submit("/mon-profil", "/mon-profil/langue", Map.of("language", "en"), signedIn());

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(api.profile().language()).isEqualTo("en");
        assertThat(saved.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(COOKIES.language() + "=en").contains("Path=/", "HTTPOnly", "SameSite=Lax", "Max-Age="));
        String profile = follow(saved, signedIn() + "; " + COOKIES.language() + "=" + Pages.cookie(saved, COOKIES.language()).orElseThrow()).body();
        assertThat(profile).contains("<html lang=\"en\"", "Your language is saved.");
    }

    @Test
    void an_unknown_language_is_refused_without_asking_the_api() {
        HttpResponse<String> refused = submit("/mon-profil", "/mon-profil/langue", Map.of("language", "de"), signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"language-error\">Choisissez le français ou l’anglais.</div>");
        assertThat(api.updates()).isEmpty();
        assertThat(Pages.cookie(refused, COOKIES.language())).isEmpty();
    }

    @Test
    void a_profile_form_without_its_anti_forgery_token_is_refused_and_changes_nothing() {
        for (String form : new String[] {"/mon-profil/adresse", "/mon-profil/email-livraison", "/mon-profil/langue",
                "/mon-profil/email", "/mon-profil/suppression"}) {
            HttpResponse<String> refused = pages().post(form, Map.of("language", "en", "line1", "1 rue X",
                    "postalCode", "75001", "city", "Paris", "deliveryEmail", "x@y.example",
                    "newEmail", "x@y.example", "currentPassword", "Un mot de passe 2026", "confirmation", "oui"),
                    "Cookie", signedIn() + "; " + COOKIES.csrf() + "=" + "A".repeat(43));

            assertThat(refused.statusCode()).as(form).isEqualTo(403);
            assertThat(Pages.heading(refused.body())).isEqualTo("Cette page a expiré");
        }
        assertThat(api.calls()).isEmpty();
        assertThat(api.deleted()).isFalse();
    }

    @Test
    void a_visitor_posting_a_profile_form_is_sent_to_sign_in() {
        HttpResponse<String> refused = submit("/connexion", "/mon-profil/adresse", NEW_ADDRESS, "");

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location")).contains("/connexion");
        assertThat(api.calls()).isEmpty();
    }
}
