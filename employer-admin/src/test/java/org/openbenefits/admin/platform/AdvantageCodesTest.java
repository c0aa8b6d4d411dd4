package org.openbenefits.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.contract.api.catalogue.AdvantageCodeRequest;
import org.openbenefits.contract.api.catalogue.AdvantageCodeView;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.i18n.Language;
import org.openbenefits.portalcommon.testing.Pages;

/** Platform admins list, create and disable advantage codes; nobody else may. */
@MicronautTest
class AdvantageCodesTest extends AdminPortalTest {

    private static final String ADMIN = "PLATFORM_ADMIN";

    private static AdvantageCodeRequest culture10() {
        return new AdvantageCodeRequest("CULTURE10", "PERCENT_OFF", 10, null, List.of("CINEMA", "BOOKS"), 3_000L,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), 100, 1, 7L);
    }

    private HttpResponse<String> english(String path) {
        return pages().get(path, "Cookie", signedIn(ADMIN) + "; " + COOKIES.language() + "=" + Language.ENGLISH.tag());
    }

    @Test
    void with_no_code_the_list_says_to_create_the_first_one() {
        String page = pages().get("/plateforme/codes-avantage", "Cookie", signedIn(ADMIN)).body();

        assertThat(Pages.heading(page)).isEqualTo("Codes avantage");
        assertThat(page).contains("Aucun code avantage pour l’instant",
                "href=\"/plateforme/codes-avantage/nouveau\">Créer un premier code</a>");
    }

    @Test
    void the_list_shows_each_codes_benefit_conditions_and_uses_in_french_and_english() {
        advantageCodeApi.add(culture10(), 42);
        advantageCodeApi.add(new AdvantageCodeRequest("PORTOFFERT", "FREE_SHIPPING", null, null, List.of(), null,
                null, null, null, null, null), 3);

        String french = pages().get("/plateforme/codes-avantage", "Cookie", signedIn(ADMIN)).body();
        String english = english("/plateforme/codes-avantage").body();

        assertThat(french).contains("CULTURE10", "10 % de remise", "<span>Cinéma, </span><span>Livres</span>",
                "Dès " + Euros.format(3_000) + " d’achats", "Du 01/12/2026 au 31/12/2026", "Au plus 100 commandes en tout",
                "Au plus 1 par salarié", "Entreprise n° 7 seulement", ">42</td>", "PORTOFFERT",
                "Livraison offerte", "Toutes catégories", "aria-label=\"Désactiver CULTURE10\"");
        assertThat(english).contains("Advantage codes", "10% off", "<span>Cinema, </span><span>Books</span>",
                "At most 1 per employee", "Free shipping", "All categories", "aria-label=\"Disable PORTOFFERT\"");
    }

    @Test
    void a_new_code_is_sent_with_its_amounts_in_cents_and_appears_in_the_list() {
        HttpResponse<String> created = postFields(ADMIN, "/plateforme/codes-avantage", List.of("code", "noel5",
                "benefit", "AMOUNT_OFF", "percent", "", "amount", "7,50", "categories", "SHOWS", "categories", "MUSIC",
                "minimum", "20", "validFrom", "2026-12-01", "expires", "2026-12-24", "totalLimit", "500",
                "perEmployeeLimit", "2", "employerId", ""));

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(advantageCodeApi.received()).singleElement().satisfies(sent -> {
            assertThat(sent.amountCents()).isEqualTo(750);
            assertThat(sent.percent()).isNull();
            assertThat(sent.minimumCents()).isEqualTo(2_000);
            assertThat(sent.categories()).containsExactly("SHOWS", "MUSIC");
            assertThat(sent.expires()).isEqualTo(LocalDate.of(2026, 12, 24));
            assertThat(sent.perEmployeeLimit()).isEqualTo(2);
            assertThat(sent.employerId()).isNull();
        });
        assertThat(follow(created, signedIn(ADMIN)).body()).contains("Code avantage NOEL5 créé.",
                Euros.format(750) + " de remise");
    }

    @Test
    void refusals_of_the_portal_and_of_platform_api_land_beside_their_fields_in_the_pages_language() {
        List<String> wrong = List.of("code", "n5", "benefit", "PERCENT_OFF", "percent", "150", "amount", "",
                "validFrom", "2026-12-24", "expires", "2026-12-01", "employerId", "99");
        HttpResponse<String> unreadable = postFields(ADMIN, "/plateforme/codes-avantage", List.of("code", "NOEL",
                "benefit", "PERCENT_OFF", "percent", "dix", "minimum", "20,123"));
        HttpResponse<String> french = postFields(ADMIN, "/plateforme/codes-avantage", wrong);
        HttpResponse<String> english = postFields(ADMIN, Language.ENGLISH, "/plateforme/codes-avantage", wrong);

        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.body()).contains("id=\"percent-error\"", "Indiquez un nombre entier.",
                "id=\"minimum-error\"", "Ce montant n’est pas valable");
        assertThat(french.statusCode()).isEqualTo(422);
        assertThat(french.body()).contains("id=\"code-error\"",
                "Un code compte de 3 à 20 lettres et chiffres, sans espace ni accent.", "id=\"percent-error\"",
                "Indiquez une valeur entre 1 et 100.", "id=\"expires-error\"",
                "La fin de validité doit être le même jour que le début ou après.", "id=\"employerId-error\"",
                "value=\"n5\"").doesNotContain("[API");
        assertThat(english.body()).contains("A code has 3 to 20 letters and digits, with no space or accent.",
                "The end of validity must be the same day as the start or later.").doesNotContain("[API");
        assertThat(advantageCodeApi.received()).hasSize(2);
    }

    @Test
    void a_name_already_taken_is_refused_above_the_form() {
        advantageCodeApi.add(culture10(), 0);

        HttpResponse<String> taken = postFields(ADMIN, "/plateforme/codes-avantage",
                List.of("code", "culture10", "benefit", "FREE_SHIPPING"));

        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body())
                .contains("Le code CULTURE10 existe déjà (peut-être désactivé) : choisissez-en un autre.");
    }

    @Test
    void a_code_is_disabled_after_its_confirmation_page() {
        AdvantageCodeView code = advantageCodeApi.add(culture10(), 42);

        HttpResponse<String> confirmation = pages().get("/plateforme/codes-avantage/" + code.id() + "/desactivation",
                "Cookie", signedIn(ADMIN));
        HttpResponse<String> disabled = postAs(ADMIN, "/plateforme/codes-avantage/" + code.id() + "/desactivation",
                Map.of());

        assertThat(Pages.heading(confirmation.body())).isEqualTo("Désactiver le code CULTURE10 ?");
        assertThat(confirmation.body()).contains("Commandes qui l’ont utilisé jusqu’ici : 42.", ">Oui, désactiver</button>",
                "href=\"/plateforme/codes-avantage\">Annuler</a>");
        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(follow(disabled, signedIn(ADMIN)).body()).contains(
                "Code avantage CULTURE10 désactivé : il ne s’applique plus à aucun panier.", ">Désactivé</span>")
                .doesNotContain("aria-label=\"Désactiver CULTURE10\"");
        assertThat(advantageCodeApi.code(code.id()).disabled()).isTrue();
        assertThat(english("/plateforme/codes-avantage/" + code.id() + "/desactivation").body())
                .contains("Disable the code CULTURE10?", ">Yes, disable</button>");
    }

    @Test
    void only_the_confirmation_disables_and_an_unknown_code_is_the_404_page() {
        AdvantageCodeView code = advantageCodeApi.add(culture10(), 0);

        pages().get("/plateforme/codes-avantage/" + code.id() + "/desactivation", "Cookie", signedIn(ADMIN));

        assertThat(advantageCodeApi.code(code.id()).disabled()).isFalse();
        assertThat(pages().get("/plateforme/codes-avantage/999/desactivation", "Cookie", signedIn(ADMIN)).statusCode())
                .isEqualTo(404);
        assertThat(postAs(ADMIN, "/plateforme/codes-avantage/999/desactivation", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void hr_managers_and_support_agents_get_the_403_page_and_forms_need_their_token() {
        AdvantageCodeView code = advantageCodeApi.add(culture10(), 0);
        for (String role : List.of("HR_MANAGER", "SUPPORT_AGENT")) {
            for (String path : List.of("/plateforme/codes-avantage", "/plateforme/codes-avantage/nouveau",
                    "/plateforme/codes-avantage/" + code.id() + "/desactivation")) {
                HttpResponse<String> refused = pages().get(path, "Cookie", signedIn(role));

                assertThat(refused.statusCode()).as(role + " " + path).isEqualTo(403);
                assertThat(Pages.heading(refused.body())).isEqualTo("Accès refusé");
            }
            assertThat(postAs(role, "/plateforme/codes-avantage/" + code.id() + "/desactivation", Map.of())
                    .statusCode()).isEqualTo(403);
        }
        for (String path : List.of("/plateforme/codes-avantage",
                "/plateforme/codes-avantage/" + code.id() + "/desactivation")) {
            HttpResponse<String> noToken = pages().post(path, Map.of("code", "NOEL5", "benefit", "FREE_SHIPPING"),
                    "Cookie", signedIn(ADMIN));

            assertThat(noToken.statusCode()).as(path).isEqualTo(403);
            assertThat(Pages.heading(noToken.body())).isEqualTo("Cette page a expiré");
        }
        assertThat(advantageCodeApi.calls()).isEmpty();
        assertThat(advantageCodeApi.code(code.id()).disabled()).isFalse();
        assertThat(pages().get("/plateforme", "Cookie", signedIn(ADMIN)).body())
                .contains("href=\"/plateforme/codes-avantage\">Gérer les codes avantage</a>");
    }
}
