package org.openbenefits.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.FakeCatalogue;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.Pages;

/** "Catalogue" against the fake platform-api: the offers Camille finds, her search criteria and their refusals. */
@MicronautTest
class CataloguePageTest extends PortalWithFakeApi {

    private static final Pattern CARD = Pattern.compile("<article class=\"offer-card\".*?</article>", Pattern.DOTALL);
    private static final String ENGLISH = "; " + COOKIES.language() + "=en";

    @Test
    void the_page_opens_from_the_navigation_with_its_title_and_lists_the_offers_by_title() {
        String page = catalogue("", "");

        assertThat(Pages.heading(page)).isEqualTo("Catalogue");
        assertThat(page).contains("<title>Catalogue · Espace salarié · OpenBenefits</title>");
        assertThat(page).containsPattern("<a href=\"/catalogue\"\\s+aria-current=\"page\">Catalogue</a>");
        assertThat(titles(page)).containsExactly("Carte cadeau Librairies indépendantes", "Cinéma Pathé : e-billet 2D",
                "Musée d’Orsay : entrée plein tarif", "Parc Astérix : billet journée",
                "Théâtre du Rond-Point : soirée spectacle");
        assertThat(text(page)).contains("5 offres");
        assertThat(catalogue.queries()).containsExactly("q=null&category=null&delivery=null&minPriceCents=null"
                + "&maxPriceCents=null&sort=null&page=0&size=12");
    }

    @Test
    void a_card_shows_the_title_category_delivery_the_employee_price_with_the_public_price_struck_and_availability() {
        String card = cards(catalogue("", "")).get(4);

        assertThat(text(card)).isEqualTo("Théâtre du Rond-Point : soirée spectacle Spectacles et concerts E-billet "
                + "15,00 € au lieu de 22,00 € 15,00 € 22,00 € Plus que 3");
        assertThat(card).contains("<a href=\"/catalogue/3\">", "<del>22,00", "availability--LOW");
    }

    @Test
    void a_price_equal_to_the_public_price_is_not_struck_and_availabilities_read_in_stock_or_sold_out() {
        List<String> cards = cards(catalogue("", ""));

        assertThat(cards.get(2)).doesNotContain("<del>").contains("Épuisé", "availability--SOLD_OUT");
        assertThat(text(cards.get(1))).endsWith("En stock");
    }

    @Test
    void the_search_is_sent_as_typed_and_finds_theatre_whatever_its_accents() {
        String page = catalogue("?q=theatre", "");

        assertThat(titles(page)).containsExactly("Théâtre du Rond-Point : soirée spectacle");
        assertThat(page).contains("value=\"theatre\"", "1 offre");
        assertThat(catalogue.queries().getLast()).startsWith("q=theatre&");
    }

    @Test
    void filters_sort_and_prices_in_euros_go_to_the_api_in_cents_and_stay_chosen_in_the_form() {
        String page = catalogue("?q=&categorie=SHOWS&livraison=E_TICKET&prixMin=10&prixMax=15%2C5&tri=PRICE_DESC", "");

        assertThat(catalogue.queries().getLast()).isEqualTo("q=null&category=SHOWS&delivery=E_TICKET"
                + "&minPriceCents=1000&maxPriceCents=1550&sort=PRICE_DESC&page=0&size=12");
        assertThat(titles(page)).containsExactly("Théâtre du Rond-Point : soirée spectacle");
        assertThat(page.replaceAll("\\s+", " ")).contains("<option value=\"SHOWS\" selected=\"selected\">",
                "<option value=\"E_TICKET\" selected=\"selected\">", "<option value=\"PRICE_DESC\" selected=\"selected\">",
                "value=\"10\"", "value=\"15,5\"");
    }

    @Test
    void prices_sort_ascending_and_descending() {
        assertThat(titles(catalogue("?tri=PRICE_ASC", ""))).first().isEqualTo("Cinéma Pathé : e-billet 2D");
        assertThat(titles(catalogue("?tri=PRICE_DESC", ""))).first().isEqualTo("Parc Astérix : billet journée");
    }

    @Test
    void the_search_form_is_a_get_form_whose_fields_have_labels() {
        String page = catalogue("", "");

        assertThat(page).containsPattern("<form class=\"panel catalogue-search\" method=\"get\" action=\"/catalogue\"");
        assertThat(page).contains("<label class=\"form-label\" for=\"q\">Rechercher</label>",
                "<label class=\"form-label\" for=\"categorie\">Catégorie</label>",
                "<label class=\"form-label\" for=\"livraison\">Type de livraison</label>",
                "<label class=\"form-label\" for=\"prixMin\">Prix minimum (€)</label>",
                "<label class=\"form-label\" for=\"prixMax\">Prix maximum (€)</label>",
                "<label class=\"form-label\" for=\"tri\">Trier par</label>");
        assertThat(between(page, "<form class=\"panel catalogue-search\"", "</form>")).doesNotContain("csrfToken");
    }

    @Test
    void pages_of_twelve_link_to_each_other_keeping_every_criterion() {
        catalogue.give(IntStream.rangeClosed(1, 13).mapToObj(i -> FakeCatalogue.offer(100 + i,
                "Offre %02d".formatted(i), "CINEMA", "E_TICKET", 1_000, 900, "IN_STOCK", null, 900, 0)).toList());

        String first = catalogue("?categorie=CINEMA&tri=TITLE", "");
        assertThat(cards(first)).hasSize(12);
        assertThat(text(first)).contains("13 offres", "Page 1 sur 2");
        assertThat(first).contains("href=\"/catalogue?categorie=CINEMA&amp;tri=TITLE&amp;page=2\"")
                .doesNotContain("rel=\"prev\"");

        String second = catalogue("?categorie=CINEMA&tri=TITLE&page=2", "");
        assertThat(titles(second)).containsExactly("Offre 13");
        assertThat(catalogue.queries().getLast()).endsWith("&page=1&size=12");
        assertThat(second).contains("href=\"/catalogue?categorie=CINEMA&amp;tri=TITLE\"", "Page 2 sur 2")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void when_nothing_matches_the_page_says_to_widen_the_search() {
        String page = catalogue("?q=introuvable", "");

        assertThat(text(page)).contains("Aucune offre", "Aucune offre ne correspond : élargissez la recherche.",
                "Retirez un filtre", "Voir toutes les offres");
        assertThat(cards(page)).isEmpty();
    }

    @Test
    void a_negative_price_is_refused_beside_its_field_without_asking_the_api() {
        HttpResponse<String> response = pages().get("/catalogue?prixMin=-5", "Cookie", signedIn());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(error(response.body(), "prixMin")).isEqualTo("Indiquez une valeur d’au moins 0,00 €.");
        assertThat(response.body()).contains("aria-invalid=\"true\"", "value=\"-5\"");
        assertThat(catalogue.queries()).isEmpty();
        assertThat(cards(response.body())).isEmpty();
    }

    @Test
    void a_lowest_price_above_the_highest_is_refused_beside_the_highest() {
        HttpResponse<String> response = pages().get("/catalogue?prixMin=20&prixMax=12,5", "Cookie", signedIn());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(error(response.body(), "prixMax")).isEqualTo("Indiquez une valeur d’au moins 20,00 €.");
        assertThat(catalogue.queries()).isEmpty();
    }

    @Test
    void a_price_that_is_not_an_amount_is_refused() {
        String page = pages().get("/catalogue?prixMax=beaucoup", "Cookie", signedIn()).body();

        assertThat(error(page, "prixMax")).isEqualTo("Cette valeur n’est pas acceptée.");
    }

    @Test
    void refused_criteria_speak_english_once_english_is_chosen() {
        String page = pages().get("/catalogue?prixMin=-5&prixMax=x", "Cookie", signedIn() + ENGLISH).body();

        assertThat(normalised(error(page, "prixMin"))).startsWith("Enter a value of at least").contains("€0.00");
        assertThat(error(page, "prixMax")).isNotBlank().isNotEqualTo("Cette valeur n’est pas acceptée.");
    }

    @Test
    void the_apis_refusal_of_a_search_term_shows_beside_the_search_field_in_the_pages_words() {
        HttpResponse<String> response = pages().get("/catalogue?q=" + "a".repeat(101), "Cookie", signedIn());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(error(response.body(), "q")).isEqualTo("Ce champ compte au plus 100 caractères.");
    }

    @Test
    void the_catalogue_speaks_english_once_english_is_chosen() {
        String page = catalogue("?q=theatre", ENGLISH);

        assertThat(Pages.heading(page)).isEqualTo("Catalogue");
        assertThat(text(cards(page).getFirst())).isEqualTo("Théâtre du Rond-Point : soirée spectacle Shows and "
                + "concerts E-ticket €15.00 instead of €22.00 €15.00 €22.00 Only 3 left");
        assertThat(text(page)).contains("1 offer", "Search", "Minimum price (€)", "Sort by");
        assertThat(text(catalogue("?q=nothing", ENGLISH))).contains("No offer matches: widen your search.");
    }

    @Test
    void the_offer_page_shows_its_description_conditions_validity_availability_and_what_the_allowances_pay() {
        String page = offer(3, "");

        assertThat(Pages.heading(page)).isEqualTo("Théâtre du Rond-Point : soirée spectacle");
        assertThat(text(page)).contains("Spectacles et concerts E-billet",
                "Description de « Théâtre du Rond-Point : soirée spectacle ». Deuxième ligne.",
                "Conditions Conditions de Théâtre du Rond-Point", "Validité Valable un an à partir de l’achat",
                "Par commande Jusqu’à 4 par commande", "15,00 € au lieu de 22,00 €", "Disponibilité : Plus que 3",
                "Avec vos dotations : 4,50 € à payer", "15,00 €, dont 10,50 € par vos dotations et 4,50 € par carte.");
        assertThat(page).contains("<title>Théâtre du Rond-Point : soirée spectacle · Espace salarié · OpenBenefits</title>",
                "href=\"/catalogue\"");
    }

    @Test
    void an_offer_the_allowances_pay_whole_costs_nothing_and_one_they_do_not_cover_is_paid_by_card() {
        assertThat(text(offer(1, ""))).contains("En stock", "Avec vos dotations : 0,00 € à payer",
                "Vos dotations paient les 8,50 €.");
        assertThat(text(offer(2, ""))).contains("Épuisé");
        assertThat(text(offer(5, ""))).contains("Avec vos dotations : 49,00 € à payer",
                "Aucune de vos dotations ne s’applique à cette offre : 49,00 € par carte.");
    }

    @Test
    void the_offer_page_has_one_button_which_adds_it_to_the_cart() {
        String main = between(offer(3, ""), "<main", "</main>");

        assertThat(main.split("<button", -1)).hasSize(2);
        assertThat(main).contains("action=\"/panier/lignes/3\"", "Ajouter au panier").doesNotContain("disabled");
    }

    @Test
    void the_offer_page_speaks_english_once_english_is_chosen() {
        String page = text(offer(3, ENGLISH));

        assertThat(page).contains("Shows and concerts E-ticket", "Availability: Only 3 left",
                "With your allowances: €4.50 to pay", "€15.00, of which €10.50 from your allowances and €4.50 by card.",
                "Up to 4 per order", "Back to the catalogue");
        assertThat(text(offer(1, ENGLISH))).contains("In stock", "With your allowances: €0.00 to pay");
        assertThat(text(offer(2, ENGLISH))).contains("Sold out");
    }

    @Test
    void an_offer_camille_may_not_see_is_the_not_found_page() {
        HttpResponse<String> response = pages().get("/catalogue/999", "Cookie", signedIn());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Pages.heading(response.body())).isEqualTo("Page introuvable");
    }

    @Test
    void a_session_the_api_no_longer_accepts_asks_to_sign_in_again() {
        catalogue.refuseTheSession();

        HttpResponse<String> response = pages().get("/catalogue?q=theatre", "Cookie", signedIn());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/connexion?retour=%2Fcatalogue%3Fq%3Dtheatre");
    }

    @Test
    void an_offer_with_a_picture_shows_it_on_its_card_and_its_page_and_the_others_show_none() {
        List<String> cards = cards(catalogue("", ""));

        assertThat(cards.get(4)).containsPattern("<img class=\"offer-card__picture\" src=\"/catalogue/3/image\"\\s+alt=\"\"");
        assertThat(cards.subList(0, 4)).noneMatch(card -> card.contains("<img"));
        assertThat(offer(3, "")).contains("src=\"/catalogue/3/image\"",
                "alt=\"Illustration de l’offre « Théâtre du Rond-Point : soirée spectacle »\"");
        assertThat(offer(1, "")).doesNotContain("<img");
        assertThat(offer(3, ENGLISH)).contains("alt=\"Picture of the offer “Théâtre du Rond-Point : soirée spectacle”\"");
    }

    @Test
    void the_picture_is_passed_on_from_the_api_with_its_private_caching_and_an_offer_without_one_is_not_found()
            throws Exception {
        HttpResponse<byte[]> picture = image(3);
        HttpResponse<byte[]> none = image(1);
        HttpResponse<byte[]> unknown = image(999);

        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.body()).isEqualTo(FakeCatalogue.PICTURE);
        assertThat(picture.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("image/jpeg"));
        assertThat(picture.headers().allValues("Cache-Control")).containsExactly("private, max-age=86400");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(none.headers().allValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void the_picture_is_for_signed_in_employees_only() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> anonymous = client.send(HttpRequest.newBuilder(
                    server.getURI().resolve("/catalogue/3/image")).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(anonymous.statusCode()).isEqualTo(303);
            assertThat(anonymous.body()).isNotEqualTo(FakeCatalogue.PICTURE);
        }
    }

    private HttpResponse<byte[]> image(long id) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(server.getURI().resolve("/catalogue/" + id + "/image"))
                    .header("Cookie", signedIn()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private String catalogue(String query, String moreCookies) {
        HttpResponse<String> response = pages().get("/catalogue" + query, "Cookie", signedIn() + moreCookies);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private String offer(long id, String moreCookies) {
        HttpResponse<String> response = pages().get("/catalogue/" + id, "Cookie", signedIn() + moreCookies);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<String> cards(String page) {
        List<String> found = new ArrayList<>();
        Matcher matcher = CARD.matcher(page);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static List<String> titles(String page) {
        return cards(page).stream().map(card -> text(between(card, "<h3", "</h3>"))).toList();
    }

    /** The message beside a field, read from its {@code <field>-error} element. */
    private static String error(String page, String field) {
        return text(between(page, "id=\"" + field + "-error\"", "</div>"));
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }

    /** The text a person reads: no tags, spaces collapsed, no-break spaces as plain ones. */
    static String text(String html) {
        return normalised(html.replaceAll("<[^>]+>", " ").replaceFirst("^[^<>]*>", "")).replaceAll("\\s+", " ").strip()
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String normalised(String html) {
        return html.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
