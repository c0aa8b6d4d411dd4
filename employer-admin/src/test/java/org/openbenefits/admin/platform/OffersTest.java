package org.openbenefits.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.i18n.Language;
import org.openbenefits.portalcommon.testing.Pages;

/** Platform admins list, create, edit, publish and unpublish the catalogue's offers; nobody else may. */
@MicronautTest
class OffersTest extends AdminPortalTest {

    private static final String ADMIN = "PLATFORM_ADMIN";

    private HttpResponse<String> getAsAdmin(String path) {
        return pages().get(path, "Cookie", signedIn(ADMIN));
    }

    private HttpResponse<String> getInEnglish(String path) {
        return pages().get(path, "Cookie", signedIn(ADMIN) + "; " + COOKIES.language() + "=" + Language.ENGLISH.tag());
    }

    private static List<String> offer(String publicPrice, String employeePrice) {
        return List.of("title", "Cinéma Pathé", "description", "Une place de cinéma, toutes séances.",
                "category", "CINEMA", "delivery", "E_TICKET", "publicPrice", publicPrice,
                "employeePrice", employeePrice, "conditions", "Sauf séances 3D.", "validity", "Valable 1 an",
                "maxPerOrder", "6", "employers", "");
    }

    @Test
    void with_no_offer_the_list_says_to_create_the_first_one() {
        HttpResponse<String> page = getAsAdmin("/plateforme/offres");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Pages.heading(page.body())).isEqualTo("Offres du catalogue");
        assertThat(page.body()).contains("Aucune offre pour l’instant",
                "href=\"/plateforme/offres/nouvelle\">Créer une première offre</a>");
    }

    @Test
    void the_list_shows_each_offers_category_delivery_prices_publication_and_stock_with_its_flags() {
        catalogueApi.add("Parc Astérix", "PARKS", "E_GIFT_CARD", 5_900, 4_200, true, 3);
        catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 40);
        catalogueApi.addWithCodes("Cinéma Pathé", 0, 12);

        String page = getAsAdmin("/plateforme/offres").body();

        assertThat(page).contains("Parc Astérix", "Parcs de loisirs", "Carte cadeau électronique",
                Euros.format(4_200) + " salarié", Euros.format(5_900) + " public", "Stock bas",
                "Coffret livres", "Livres", "Envoi postal", ">Non publiée</span>", "aria-label=\"Publier Coffret livres\"",
                "Cinéma Pathé", "E-billet", "Épuisé", "Codes émis : 12", ">Publiée</span>",
                "aria-label=\"Retirer du catalogue Parc Astérix\"")
                .doesNotContain("Aucune offre");
        assertThat(page.indexOf("Cinéma Pathé")).as("by title").isLessThan(page.indexOf("Coffret livres"));
        assertThat(page.indexOf("Coffret livres")).as("by title").isLessThan(page.indexOf("Parc Astérix"));
    }

    @Test
    void the_list_and_the_form_read_in_english() {
        catalogueApi.add("Parc Astérix", "PARKS", "E_GIFT_CARD", 5_900, 4_200, true, 3);
        catalogueApi.addWithCodes("Cinéma Pathé", 0, 12);

        String list = getInEnglish("/plateforme/offres").body();
        String form = getInEnglish("/plateforme/offres/nouvelle").body();

        assertThat(Pages.heading(list)).isEqualTo("Catalogue offers");
        assertThat(list).contains("Leisure parks", "E-gift card", Euros.format(4_200, Locale.ENGLISH) + " employee",
                "Low stock", "Sold out", "Codes issued: 12", ">Published</span>", ">New offer</a>");
        assertThat(Pages.heading(form)).isEqualTo("New offer");
        assertThat(form).contains(">Public price (€)</label>", ">Employee price (€)</label>", ">Ticket validity</label>",
                ">Maximum per order</label>", ">Only for the companies</label>", ">Create the offer</button>");
    }

    @Test
    void a_new_offer_is_sent_with_its_prices_in_cents_and_appears_in_the_list() {
        HttpResponse<String> created = postFields(ADMIN, "/plateforme/offres", offer("12,50", "9,5"));

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).contains("/plateforme/offres");
        assertThat(catalogueApi.received()).singleElement().satisfies(sent -> {
            assertThat(sent.publicPriceCents()).isEqualTo(1_250);
            assertThat(sent.employeePriceCents()).isEqualTo(950);
            assertThat(sent.maxPerOrder()).isEqualTo(6);
            assertThat(sent.employerIds()).isEmpty();
            assertThat(sent.validity()).isEqualTo("Valable 1 an");
        });
        String list = follow(created, signedIn(ADMIN)).body();
        assertThat(list).contains("Offre « Cinéma Pathé » créée.", Euros.format(950) + " salarié", ">Non publiée</span>");
    }

    @Test
    void a_new_offer_ticked_published_is_published_at_once_and_may_be_kept_for_some_employers() {
        List<String> fields = new java.util.ArrayList<>(offer("12,50", "9,50"));
        fields.set(fields.indexOf("employers") + 1, "7, 8");
        fields.addAll(List.of("published", "true"));

        HttpResponse<String> created = postFields(ADMIN, "/plateforme/offres", fields);

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(catalogueApi.received().getFirst().employerIds()).containsExactly(7L, 8L);
        assertThat(catalogueApi.calls()).anyMatch(call -> call.matches("POST /api/v1/platform/offers/\\d+/publication"));
        assertThat(follow(created, signedIn(ADMIN)).body()).contains(">Publiée</span>");
    }

    @Test
    void a_price_the_portal_cannot_read_is_refused_beside_its_field_and_nothing_is_sent() {
        HttpResponse<String> refused = postFields(ADMIN, "/plateforme/offres", offer("12,5x", ""));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"publicPrice-error\"",
                "Ce prix n’est pas valable : écrivez des chiffres, avec au plus deux décimales (par exemple 12,50).",
                "id=\"employeePrice-error\"", "Indiquez le prix.", "value=\"12,5x\"", "value=\"Cinéma Pathé\"",
                "aria-invalid=\"true\"");
        assertThat(catalogueApi.calls()).isEmpty();
    }

    @Test
    void platform_apis_refusals_land_beside_their_fields_in_the_pages_language() {
        List<String> fields = new java.util.ArrayList<>(offer("10", "12,50"));
        fields.set(fields.indexOf("title") + 1, "");
        fields.set(fields.indexOf("employers") + 1, "7, 99");

        HttpResponse<String> french = postFields(ADMIN, "/plateforme/offres", fields);
        HttpResponse<String> english = postFields(ADMIN, Language.ENGLISH, "/plateforme/offres", fields);

        assertThat(french.statusCode()).isEqualTo(422);
        assertThat(between(french.body(), "id=\"employeePrice-error\"")).contains(
                "Le prix salarié ne peut pas dépasser le prix public (" + Euros.format(1_000) + ").");
        assertThat(between(french.body(), "id=\"title-error\"")).contains("Ce champ est obligatoire.");
        assertThat(between(french.body(), "id=\"employers-error\"")).contains(
                "Entreprises inconnues dans la restriction : 1. Retirez-les de la liste.");
        assertThat(french.body()).contains("value=\"12,50\"").doesNotContain("[API");
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(between(english.body(), "id=\"employeePrice-error\"")).contains(
                "The employee price cannot be above the public price (" + Euros.format(1_000, Locale.ENGLISH) + ").");
        assertThat(between(english.body(), "id=\"employers-error\"")).contains(
                "Unknown companies in the restriction: 1. Remove them from the list.");
        assertThat(english.body()).doesNotContain("[API");
        assertThat(catalogueApi.offer(401)).isNull();
    }

    @Test
    void an_offer_opens_in_its_form_with_its_prices_in_euros_and_is_saved() {
        OfferAdminView stored = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_550, false, 40);

        String form = getAsAdmin("/plateforme/offres/" + stored.id()).body();
        List<String> fields = new java.util.ArrayList<>(offer("30", "24,90"));
        fields.set(fields.indexOf("title") + 1, "Coffret de livres");
        HttpResponse<String> saved = postFields(ADMIN, "/plateforme/offres/" + stored.id(), fields);

        assertThat(Pages.heading(form)).isEqualTo("Coffret livres");
        assertThat(form).contains("value=\"30\"", "value=\"25,50\"", ">Enregistrer</button>");
        assertThat(form.replaceAll("\\s+", " ")).contains("<option value=\"POSTAL\" selected=\"selected\">Envoi postal");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(follow(saved, signedIn(ADMIN)).body()).contains("Offre « Coffret de livres » enregistrée.");
        assertThat(catalogueApi.offer(stored.id()).employeePriceCents()).isEqualTo(2_490);
        assertThat(catalogueApi.offer(stored.id()).published()).isFalse();
    }

    @Test
    void unticking_published_on_the_form_takes_the_offer_out_of_the_catalogue() {
        OfferAdminView stored = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, true, 40);

        assertThat(getAsAdmin("/plateforme/offres/" + stored.id()).body()).contains("checked=\"checked\"");
        postFields(ADMIN, "/plateforme/offres/" + stored.id(), offer("30", "25"));

        assertThat(catalogueApi.offer(stored.id()).published()).isFalse();
    }

    @Test
    void an_offer_is_published_and_taken_out_of_the_catalogue_from_the_list() {
        OfferAdminView stored = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 40);

        HttpResponse<String> published = postAs(ADMIN, "/plateforme/offres/" + stored.id() + "/publication", Map.of());
        String afterPublishing = follow(published, signedIn(ADMIN)).body();
        HttpResponse<String> unpublished = postAs(ADMIN, "/plateforme/offres/" + stored.id() + "/retrait", Map.of());

        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(afterPublishing).contains("Offre « Coffret livres » publiée : les salariés la voient dans le catalogue.",
                ">Publiée</span>");
        assertThat(follow(unpublished, signedIn(ADMIN)).body()).contains("Offre « Coffret livres » retirée du catalogue.",
                ">Non publiée</span>");
        assertThat(catalogueApi.offer(stored.id()).published()).isFalse();
    }

    @Test
    void an_unknown_offer_is_the_404_page() {
        assertThat(getAsAdmin("/plateforme/offres/999999").statusCode()).isEqualTo(404);
        HttpResponse<String> publish = postAs(ADMIN, "/plateforme/offres/999999/publication", Map.of());
        assertThat(publish.statusCode()).isEqualTo(404);
        assertThat(Pages.heading(publish.body())).isEqualTo("Page introuvable");
    }

    @Test
    void the_staff_home_leads_a_platform_admin_to_the_offers() {
        assertThat(getAsAdmin("/plateforme").body()).contains("href=\"/plateforme/offres\">Gérer les offres</a>");
        assertThat(pages().get("/plateforme", "Cookie", signedIn("SUPPORT_AGENT")).body())
                .doesNotContain("/plateforme/offres");
    }

    @Test
    void a_support_agent_and_an_hr_manager_get_the_403_page_for_the_offers_and_reach_no_api() {
        OfferAdminView stored = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 40);
        for (String role : List.of("SUPPORT_AGENT", "HR_MANAGER")) {
            for (String path : List.of("/plateforme/offres", "/plateforme/offres/nouvelle",
                    "/plateforme/offres/" + stored.id())) {
                HttpResponse<String> refused = pages().get(path, "Cookie", signedIn(role));

                assertThat(refused.statusCode()).as(role + " " + path).isEqualTo(403);
                assertThat(Pages.heading(refused.body())).isEqualTo("Accès refusé");
            }
            assertThat(postFields(role, "/plateforme/offres", offer("12,50", "9,50")).statusCode()).isEqualTo(403);
            assertThat(postAs(role, "/plateforme/offres/" + stored.id() + "/publication", Map.of()).statusCode())
                    .isEqualTo(403);
        }
        assertThat(catalogueApi.calls()).isEmpty();
        assertThat(catalogueApi.offer(stored.id()).published()).isFalse();
    }

    /** The element opened by {@code marker}, up to its end: the text beside one field. */
    private static String between(String page, String marker) {
        int start = page.indexOf(marker);
        assertThat(start).as(marker + " in the page").isNotNegative();
        return page.substring(start, page.indexOf("</div>", start));
    }
}
